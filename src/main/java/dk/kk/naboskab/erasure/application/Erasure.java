package dk.kk.naboskab.erasure.application;

import dk.kk.naboskab.concern.application.ConcernErasure;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.application.TenantErasure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The retention policy (ADR 25): closed concerns anonymised {@code N} years after they were
 * resolved, their files deleted after {@code M} months, tenants whose tenancy ended {@code K} years
 * ago anonymised (never one with a concern not yet resolved), each from a setting. The dry run says
 * what a run would do; a run does it in one transaction and writes its row to {@code
 * retention_run}. The figures read the same after: only words and names go.
 */
@Stateless
public class Erasure {
  @PersistenceContext EntityManager em;
  @Inject ConcernErasure concerns;
  @Inject TenantErasure tenants;

  /** The policy as configured. */
  public record Policy(int concernYears, int attachmentMonths, int tenantYears, int logYears)
      implements java.io.Serializable {
    public static Policy configured() {
      return new Policy(
          Integer.parseInt(Setting.RETENTION_CONCERN_YEARS.value()),
          Integer.parseInt(Setting.RETENTION_ATTACHMENT_MONTHS.value()),
          Integer.parseInt(Setting.RETENTION_TENANT_YEARS.value()),
          Integer.parseInt(Setting.RETENTION_LOG_YEARS.value()));
    }
  }

  /** One kind's line of the dry run: how many would go, and the oldest date among them. */
  public record Line(String kind, long count, LocalDate oldest, LocalDate cutoff)
      implements java.io.Serializable {}

  /** What a run would do now. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Line> dryRun(Instant now, Policy policy) {
    var today = ZonedDateTime.ofInstant(now, ClockProducer.COPENHAGEN);
    var concernCutoff = today.minusYears(policy.concernYears()).toInstant();
    var attachmentCutoff = today.minusMonths(policy.attachmentMonths()).toInstant();
    var tenantCutoff = today.toLocalDate().minusYears(policy.tenantYears());
    var logCutoff = today.minusYears(policy.logYears()).toInstant();
    var dueConcerns = concerns.concernsDue(concernCutoff);
    var dueFiles = concerns.attachmentsDue(attachmentCutoff);
    var candidates = tenants.due(tenantCutoff);
    var kept = concerns.tenantsWithOpenConcerns(candidates);
    var dueTenants = candidates.stream().filter(id -> !kept.contains(id)).toList();
    var log =
        (Object[])
            em.createNativeQuery(
                    "select count(*), min(occurred_at) from audit_event where occurred_at < ?")
                .setParameter(1, LocalDateTime.ofInstant(logCutoff, ZoneOffset.UTC))
                .getSingleResult();
    return List.of(
        new Line("CONCERNS", dueConcerns.count(), day(dueConcerns.oldest()), day(concernCutoff)),
        new Line("ATTACHMENTS", dueFiles.count(), day(dueFiles.oldest()), day(attachmentCutoff)),
        new Line("TENANTS", dueTenants.size(), tenants.oldestEnd(dueTenants), tenantCutoff),
        new Line(
            "READ_LOG",
            ((Number) log[0]).longValue(),
            log[1] == null ? null : day(dk.kk.naboskab.shared.UtcColumns.instant(log[1])),
            day(logCutoff)));
  }

  /** What a run did. */
  public record Done(int concerns, int attachments, int tenants) {}

  /**
   * Runs the policy now, in one transaction. The read log's old rows are not the portal's to delete
   * (its database user cannot, ADR 22): the dry run counts them, the owner's command deletes them.
   *
   * @param scheduledDay the night of a scheduled run, or null for one an administrator starts
   * @return what it did, or empty when another node has already run this night
   */
  public java.util.Optional<Done> run(
      Instant now, Policy policy, String by, LocalDate scheduledDay) {
    if (scheduledDay != null) {
      // Once a night across the cluster: the day is a unique key, the first node to insert it runs.
      var claimed =
          em.createNativeQuery(
                  "insert ignore into retention_run (started_at, scheduled_day, started_by,"
                      + " concerns, attachments, tenants) values (?, ?, ?, -1, -1, -1)")
              .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
              .setParameter(2, scheduledDay)
              .setParameter(3, by)
              .executeUpdate();
      if (claimed == 0) {
        return java.util.Optional.empty();
      }
    }
    var today = ZonedDateTime.ofInstant(now, ClockProducer.COPENHAGEN);
    var files =
        concerns.deleteAttachments(today.minusMonths(policy.attachmentMonths()).toInstant());
    var anonymisedConcerns =
        concerns.anonymise(today.minusYears(policy.concernYears()).toInstant(), now);
    var candidates = tenants.due(today.toLocalDate().minusYears(policy.tenantYears()));
    var anonymisedTenants =
        tenants.anonymise(candidates, concerns.tenantsWithOpenConcerns(candidates), now);
    var done = new Done(anonymisedConcerns, files, anonymisedTenants);
    if (scheduledDay != null) {
      em.createNativeQuery(
              "update retention_run set concerns = ?, attachments = ?, tenants = ?"
                  + " where scheduled_day = ?")
          .setParameter(1, done.concerns())
          .setParameter(2, done.attachments())
          .setParameter(3, done.tenants())
          .setParameter(4, scheduledDay)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "insert into retention_run (started_at, scheduled_day, started_by, concerns,"
                  + " attachments, tenants) values (?, null, ?, ?, ?, ?)")
          .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
          .setParameter(2, by)
          .setParameter(3, done.concerns())
          .setParameter(4, done.attachments())
          .setParameter(5, done.tenants())
          .executeUpdate();
    }
    return java.util.Optional.of(done);
  }

  /** One row of the runs' log. */
  public record Run(
      Instant startedAt,
      LocalDate scheduledDay,
      String by,
      int concerns,
      int attachments,
      int tenants)
      implements java.io.Serializable {}

  /** The newest runs, newest first. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Run> runs(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select started_at, scheduled_day, started_by, concerns, attachments, tenants"
                    + " from retention_run order by started_at desc, id desc")
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Run(
                    dk.kk.naboskab.shared.UtcColumns.instant(r[0]),
                    r[1] == null ? null : localDate(r[1]),
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()))
        .toList();
  }

  private static LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ClockProducer.COPENHAGEN);
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
