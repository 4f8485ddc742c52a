package dk.kk.naboskab.api.application;

import dk.kk.naboskab.concern.application.ConcernChanged;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.UtcColumns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The associations' webhooks: administrators register an address per API client, and every {@link
 * ConcernChanged} on one of the association's concerns becomes a delivery row in the step's own
 * transaction (so a step rolled back tells nobody, and a step taken always will).
 */
@Stateless
@PermitAll
public class Webhooks {
  private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** A registered webhook as the administrators' page lists it. */
  public record Hook(
      long id, String client, String association, String url, boolean active, Instant createdAt)
      implements java.io.Serializable {}

  /** One event for one webhook, its attempts and outcome. */
  public record Delivery(
      long id,
      String client,
      String kind,
      String concern,
      Instant occurredAt,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant deliveredAt,
      Integer lastStatus,
      String lastError)
      implements java.io.Serializable {}

  /** An association to register a webhook for. */
  public record Association(long id, String name) implements java.io.Serializable {}

  /** The associations, by name, for the registration form. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Association> associations() {
    currentUser.require(Role.ADMIN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, name from housing_association order by name")
            .getResultList();
    return rows.stream()
        .map(r -> new Association(((Number) r[0]).longValue(), (String) r[1]))
        .toList();
  }

  /** A new webhook and its secret, which the page shows once. */
  public record Registered(long id, String secret) implements java.io.Serializable {}

  /** Queues the change for every active webhook of the concern's association: one statement. */
  public void queue(@Observes ConcernChanged change) {
    var now = UtcColumns.timestamp(clock.instant());
    em.createNativeQuery(
            "insert into webhook_delivery (webhook_id, event_id, kind, concern_public_id,"
                + " occurred_at, next_attempt_at, created_at)"
                + " select id, uuid(), ?1, ?2, ?3, ?4, ?4 from webhook"
                + " where association_id = ?5 and active")
        .setParameter(1, change.what().name())
        .setParameter(2, change.concern())
        .setParameter(3, UtcColumns.timestamp(change.at()))
        .setParameter(4, now)
        .setParameter(5, change.associationId())
        .executeUpdate();
  }

  /**
   * Registers the address for an API client of an association, with a new secret.
   *
   * @throws RuleViolation on {@code client} (blank, not a client id, taken), {@code url} (not HTTPS
   *     — plain HTTP only to this machine — or too long) or {@code association} (unknown)
   */
  public Registered register(String client, Long associationId, String url) {
    currentUser.require(Role.ADMIN);
    if (client == null || !CLIENT.matcher(client.strip()).matches()) {
      throw new RuleViolation("client", "webhook.client.invalid");
    }
    checkUrl(url);
    if (associationId == null
        || ((Number)
                    em.createNativeQuery("select count(*) from housing_association where id = ?1")
                        .setParameter(1, associationId)
                        .getSingleResult())
                .longValue()
            == 0) {
      throw new RuleViolation("association", "webhook.association.required");
    }
    var taken =
        ((Number)
                em.createNativeQuery("select count(*) from webhook where client = ?1")
                    .setParameter(1, client.strip())
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      throw new RuleViolation("client", "webhook.client.taken", client.strip());
    }
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var secret = HexFormat.of().formatHex(bytes);
    em.createNativeQuery(
            "insert into webhook (client, association_id, url, secret, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, client.strip())
        .setParameter(2, associationId)
        .setParameter(3, url.strip())
        .setParameter(4, secret)
        .setParameter(5, UtcColumns.timestamp(clock.instant()))
        .executeUpdate();
    var id =
        ((Number)
                em.createNativeQuery("select id from webhook where client = ?1")
                    .setParameter(1, client.strip())
                    .getSingleResult())
            .longValue();
    return new Registered(id, secret);
  }

  private static void checkUrl(String url) {
    if (url == null || url.isBlank() || url.strip().length() > 500) {
      throw new RuleViolation("url", "webhook.url.invalid");
    }
    try {
      var uri = new URI(url.strip());
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      var host = uri.getHost();
      var ok =
          host != null
              && uri.getUserInfo() == null
              && (scheme.equals("https")
                  || (scheme.equals("http") && LOOPBACK.contains(host.toLowerCase(Locale.ROOT))));
      if (!ok) {
        throw new RuleViolation("url", "webhook.url.invalid");
      }
    } catch (java.net.URISyntaxException e) {
      throw new RuleViolation("url", "webhook.url.invalid");
    }
  }

  /** Stops or resumes telling a webhook; its waiting deliveries stay. */
  public void setActive(long id, boolean active) {
    currentUser.require(Role.ADMIN);
    em.createNativeQuery("update webhook set active = ?1, version = version + 1 where id = ?2")
        .setParameter(1, active)
        .setParameter(2, id)
        .executeUpdate();
  }

  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Hook> hooks() {
    currentUser.require(Role.ADMIN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select w.id, w.client, a.name, w.url, w.active, w.created_at from webhook w"
                    + " join housing_association a on a.id = w.association_id order by w.client")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Hook(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    bool(r[4]),
                    UtcColumns.instant(r[5])))
        .toList();
  }

  /** The latest deliveries, those that wait or were given up first. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Delivery> deliveries(int max) {
    currentUser.require(Role.ADMIN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select d.id, w.client, d.kind, d.concern_public_id, d.occurred_at, d.status,"
                    + " d.attempts, d.next_attempt_at, d.delivered_at, d.last_status, d.last_error"
                    + " from webhook_delivery d join webhook w on w.id = d.webhook_id"
                    + " order by d.status = 'DELIVERED', d.id desc limit ?1")
            .setParameter(1, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Delivery(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    UtcColumns.instant(r[4]),
                    (String) r[5],
                    ((Number) r[6]).intValue(),
                    UtcColumns.instant(r[7]),
                    UtcColumns.instant(r[8]),
                    r[9] == null ? null : ((Number) r[9]).intValue(),
                    (String) r[10]))
        .toList();
  }

  /**
   * Tries every waiting and given-up delivery again at the sender's next tick, with a fresh count.
   *
   * @return how many
   */
  public int retryNow() {
    currentUser.require(Role.ADMIN);
    return em.createNativeQuery(
            "update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1,"
                + " claimed_until = null where status <> 'DELIVERED'")
        .setParameter(1, UtcColumns.timestamp(clock.instant()))
        .executeUpdate();
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
