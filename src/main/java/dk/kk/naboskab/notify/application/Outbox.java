package dk.kk.naboskab.notify.application;

import dk.kk.naboskab.notify.domain.OutgoingMail;
import dk.kk.naboskab.notify.infrastructure.SmtpRelay;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.shared.UtcColumns;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The mail outbox's transactions: each claim and each outcome commits on its own, so what the
 * sender did is stored before it goes on. Administrators see the queue and send failed mails again.
 */
@Stateless
@PermitAll
public class Outbox {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * Claims up to {@code max} due mails for a sender run, skipping rows another run (in this or
   * another portal instance) has locked or holds a lease on.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<OutgoingMail> claim(String run, Instant now, Duration lease, int max) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1"
                    + " and (claimed_until is null or claimed_until < ?1)"
                    + " order by next_attempt_at, id limit ?2 for update skip locked")
            .setParameter(1, UtcColumns.timestamp(now))
            .setParameter(2, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    var mails =
        em.createQuery(
                "select m from OutgoingMail m where m.id in :ids order by m.nextAttemptAt, m.id",
                OutgoingMail.class)
            .setParameter("ids", ids.stream().map(Number::longValue).toList())
            .getResultList();
    mails.forEach(m -> m.claim(run, now.plus(lease)));
    return mails;
  }

  /**
   * Stores one mail's outcome, if the run still holds its claim.
   *
   * @return whether it was recorded (false when the lease ran out and another run took the mail)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(String run, SmtpRelay.Result result, Instant at) {
    var mail = em.find(OutgoingMail.class, result.mailId(), LockModeType.PESSIMISTIC_WRITE);
    if (mail == null) {
      return false;
    }
    return result.sent()
        ? mail.sent(run, at)
        : mail.failed(run, at, result.error(), result.permanent(), retryBase());
  }

  /** The queue at a glance, for the administrators' page. */
  public record Overview(long pending, long failed, long sentLastDay, Instant oldestPending)
      implements java.io.Serializable {}

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Overview overview() {
    currentUser.require(Role.ADMIN);
    return queue();
  }

  /**
   * The same counts for operations' gauges (#19; {@link MailWatch}): numbers only, no mail's
   * recipient or subject, so no role is asked for.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Overview queue() {
    var now = clock.instant();
    var counts =
        (Object[])
            em.createNativeQuery(
                    "select sum(status = 'PENDING'), sum(status = 'FAILED'),"
                        + " (select count(*) from mail_outbox where status = 'SENT'"
                        + " and sent_at >= ?1),"
                        + " min(case when status = 'PENDING' then created_at end)"
                        + " from mail_outbox where status in ('PENDING', 'FAILED')")
                .setParameter(1, UtcColumns.timestamp(now.minus(Duration.ofDays(1))))
                .getSingleResult();
    return new Overview(
        number(counts[0]),
        number(counts[1]),
        number(counts[2]),
        counts[3] == null ? null : UtcColumns.instant(counts[3]));
  }

  /** Mails that wait or failed, failed first and then oldest first, a page at a time. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutgoingMail> waiting(int first, int max) {
    currentUser.require(Role.ADMIN);
    return em.createQuery(
            "select m from OutgoingMail m where m.status <> :sent"
                + " order by m.status desc, m.createdAt, m.id",
            OutgoingMail.class)
        .setParameter("sent", OutgoingMail.Status.SENT)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The latest sent mails, newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutgoingMail> recentlySent(int max) {
    currentUser.require(Role.ADMIN);
    return em.createQuery(
            "select m from OutgoingMail m where m.status = :sent order by m.sentAt desc, m.id desc",
            OutgoingMail.class)
        .setParameter("sent", OutgoingMail.Status.SENT)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Sends failed and waiting mails again at the next tick, with a fresh count of tries.
   *
   * @return how many
   */
  public int retryNow() {
    currentUser.require(Role.ADMIN);
    var now = clock.instant();
    // One statement for the whole queue, not one per mail.
    return em.createQuery(OutgoingMail.RETRY_ALL_NOW)
        .setParameter("now", now)
        .setParameter("pending", OutgoingMail.Status.PENDING)
        .setParameter("sent", OutgoingMail.Status.SENT)
        .executeUpdate();
  }

  /** The base wait between tries, from {@link Setting#MAIL_RETRY_SECONDS}. */
  static Duration retryBase() {
    return Duration.ofSeconds(Long.parseLong(Setting.MAIL_RETRY_SECONDS.value()));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
