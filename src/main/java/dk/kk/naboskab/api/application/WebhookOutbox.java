package dk.kk.naboskab.api.application;

import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.shared.UtcColumns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The webhook deliveries' transactions, as the mail outbox's (ADR 11): each claim and each outcome
 * commits on its own; a claim skips rows another run — on this node or another — has locked or
 * holds a lease on.
 */
@Stateless
@PermitAll
public class WebhookOutbox {
  /** Tries before a delivery is given up (about 8½ hours at a 60-second base). */
  public static final int MAX_ATTEMPTS = 10;

  /** The longest wait between two tries. */
  public static final Duration MAX_WAIT = Duration.ofHours(2);

  @PersistenceContext EntityManager em;

  /** One delivery to make: the event and where it goes. */
  public record Due(
      long id,
      String eventId,
      String kind,
      String concern,
      Instant occurredAt,
      String url,
      String secret,
      int attempts) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Due> claim(String run, Instant now, Duration lease, int max) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?1"
                    + " and (claimed_until is null or claimed_until < ?1)"
                    + " order by next_attempt_at, id limit ?2 for update skip locked")
            .setParameter(1, UtcColumns.timestamp(now))
            .setParameter(2, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    // Numbers the database gave: safe to write into the statement.
    var in =
        ids.stream()
            .map(n -> Long.toString(n.longValue()))
            .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select d.id, d.event_id, d.kind, d.concern_public_id, d.occurred_at, w.url,"
                    + " w.secret, d.attempts from webhook_delivery d"
                    + " join webhook w on w.id = d.webhook_id where d.id in "
                    + in
                    + " order by d.next_attempt_at, d.id")
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    var due =
        rows.stream()
            .map(
                r ->
                    new Due(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        UtcColumns.instant(r[4]),
                        (String) r[5],
                        (String) r[6],
                        ((Number) r[7]).intValue()))
            .toList();
    em.createNativeQuery(
            "update webhook_delivery set claimed_by = ?1, claimed_until = ?2 where id in " + in)
        .setParameter(1, run)
        .setParameter(2, UtcColumns.timestamp(now.plus(lease)))
        .executeUpdate();
    return due;
  }

  /**
   * Stores one delivery's outcome if the run still holds its claim: delivered, or tried again after
   * base × 2^(tries − 1) (at most {@link #MAX_WAIT}), or given up after the last try.
   *
   * @return whether it was recorded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(String run, long id, int status, String error, Instant at) {
    if (status >= 200 && status < 300) {
      return em.createNativeQuery(
                  "update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1,"
                      + " delivered_at = ?1, last_status = ?2, last_error = null,"
                      + " claimed_until = null where id = ?3 and claimed_by = ?4"
                      + " and status = 'PENDING'")
              .setParameter(1, UtcColumns.timestamp(at))
              .setParameter(2, status)
              .setParameter(3, id)
              .setParameter(4, run)
              .executeUpdate()
          == 1;
    }
    var attempts =
        ((Number)
                    em.createNativeQuery(
                            "select attempts from webhook_delivery where id = ?1 for update")
                        .setParameter(1, id)
                        .getSingleResult())
                .intValue()
            + 1;
    var next = at.plus(waitAfter(attempts, base()));
    return em.createNativeQuery(
                "update webhook_delivery set attempts = ?1, status = ?2, next_attempt_at = ?3,"
                    + " last_status = ?4, last_error = ?5, claimed_until = null"
                    + " where id = ?6 and claimed_by = ?7 and status = 'PENDING'")
            .setParameter(1, attempts)
            .setParameter(2, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
            .setParameter(3, UtcColumns.timestamp(next))
            .setParameter(4, status == 0 ? null : status)
            .setParameter(
                5, error == null ? null : error.substring(0, Math.min(300, error.length())))
            .setParameter(6, id)
            .setParameter(7, run)
            .executeUpdate()
        == 1;
  }

  /** The wait after the given number of failed tries. */
  public static Duration waitAfter(int failedTries, Duration base) {
    return dk.kk.naboskab.shared.Backoff.after(failedTries, base, MAX_WAIT);
  }

  static Duration base() {
    return Duration.ofSeconds(Long.parseLong(Setting.WEBHOOK_RETRY_SECONDS.value()));
  }
}
