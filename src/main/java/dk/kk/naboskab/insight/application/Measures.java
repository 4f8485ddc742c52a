package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.application.ClockSettingsChanged;
import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.concern.application.ConcernMeasurements;
import dk.kk.naboskab.concern.application.ConcernMeasurements.Measured;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code concern_measure} current: every concern whose version differs from the one measured
 * (or that was never measured) gets its business-time durations computed again. Rows are upserted,
 * so two instances measuring the same concern at once both write the same figures.
 */
@Stateless
@PermitAll
public class Measures {
  @PersistenceContext EntityManager em;
  @Inject ClockSettings clockSettings;
  @Inject ConcernMeasurements measurements;
  @Inject TenancyFacts facts;

  /**
   * The calendar or the targets changed: every concern is measured again (the keeper works through
   * them over the next minutes; until then a figure may mix old and new verdicts).
   */
  public void clockSettingsChanged(@Observes ClockSettingsChanged event) {
    em.createNativeQuery("update concern_measure set concern_version = -1").executeUpdate();
  }

  /** The database's clock, which {@code concern.changed_at} is written by. */
  public Timestamp databaseNow() {
    return (Timestamp) em.createNativeQuery("select now(6)").getSingleResult();
  }

  /**
   * Measures up to {@code max} concerns that changed since they were last measured, in their own
   * transaction.
   *
   * @return how many it measured
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int refreshStale(int max) {
    return refreshStale(max, null);
  }

  /**
   * As {@link #refreshStale(int)}, looking only at concerns changed at or after {@code since}
   * (database time; null: every concern).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int refreshStale(int max, Timestamp since) {
    var query =
        em.createNativeQuery(
            "select c.id from concern c"
                // Left to itself the optimiser walks the primary key through every concern.
                + (since == null ? "" : " force index (concern_changed)")
                + " left join concern_measure m on m.concern_id = c.id"
                + " where (m.concern_id is null or m.concern_version <> c.version)"
                + (since == null ? "" : " and c.changed_at >= ?2")
                + " order by c.id limit ?1");
    query.setParameter(1, max);
    if (since != null) {
      query.setParameter(2, since);
    }
    @SuppressWarnings("unchecked")
    List<Number> ids = query.getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    var policy = clockSettings.policy();
    var calendar = clockSettings.calendar();
    var stale =
        measurements.measure(ids.stream().map(Number::longValue).toList(), policy, calendar);
    var departments =
        facts.departmentsOf(stale.stream().map(Measured::tenantId).distinct().toList());
    var workerTypes =
        facts.workerTypesOf(
            stale.stream()
                .map(Measured::assigneeWorkerId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    for (var concern : stale) {
      upsert(
          concern,
          departments.get(concern.tenantId()),
          workerTypes,
          due(policy, calendar, concern, ClockKind.ACKNOWLEDGE),
          due(policy, calendar, concern, ClockKind.FIRST_REPLY));
    }
    return stale.size();
  }

  /** When the clock falls due from filing (it never pauses), or null without a target. */
  private static Timestamp due(
      dk.kk.naboskab.clock.domain.ResponsePolicy policy,
      BusinessCalendar calendar,
      Measured concern,
      ClockKind clock) {
    return policy
        .target(concern.urgency(), clock)
        .map(t -> t.deadline(calendar, concern.filedAt()))
        .map(d -> Timestamp.valueOf(d.atOffset(ZoneOffset.UTC).toLocalDateTime()))
        .orElse(null);
  }

  private void upsert(
      Measured concern,
      Long departmentId,
      Map<Long, String> workerTypes,
      Timestamp ackDue,
      Timestamp replyDue) {
    var measured = concern.clocks();
    var filedMonth =
        concern.filedAt().atZone(BusinessCalendar.COPENHAGEN).toLocalDate().withDayOfMonth(1);
    var query =
        em.createNativeQuery(
            "insert into concern_measure (concern_id, concern_version, filed_at, filed_month,"
                + " association_id, department_id, unit_id, category_id, urgency, worker_type,"
                + " ack_minutes, ack_met, reply_minutes, reply_met, resolution_minutes,"
                + " resolution_met, ack_due_at, reply_due_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                + " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) on duplicate key update"
                + " concern_version = values(concern_version),"
                + " unit_id = values(unit_id), worker_type = values(worker_type),"
                + " ack_minutes = values(ack_minutes), ack_met = values(ack_met),"
                + " reply_minutes = values(reply_minutes), reply_met = values(reply_met),"
                + " resolution_minutes = values(resolution_minutes),"
                + " resolution_met = values(resolution_met),"
                + " ack_due_at = values(ack_due_at), reply_due_at = values(reply_due_at)");
    query
        .setParameter(1, concern.concernId())
        .setParameter(2, concern.version())
        .setParameter(
            3, Timestamp.valueOf(concern.filedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()))
        .setParameter(4, Date.valueOf(filedMonth))
        .setParameter(5, concern.associationId())
        .setParameter(6, departmentId)
        .setParameter(7, concern.unitId())
        .setParameter(8, concern.categoryId())
        .setParameter(9, concern.urgency().name())
        .setParameter(
            10,
            concern.assigneeWorkerId() == null
                ? null
                : workerTypes.get(concern.assigneeWorkerId()));
    var position = 11;
    for (var kind : ClockKind.values()) {
      var m = measured.get(kind);
      query.setParameter(position++, m == null ? null : Math.toIntExact(m.minutes()));
      query.setParameter(position++, m == null || m.met() == null ? null : m.met() ? 1 : 0);
    }
    query.setParameter(17, ackDue).setParameter(18, replyDue);
    query.executeUpdate();
  }
}
