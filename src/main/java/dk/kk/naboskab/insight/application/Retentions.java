package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Published;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tenancy retention — the measure the municipality's goal names: of the tenants referred in a
 * period, the share still in their home 6, 12 and 24 months after moving in, by support track, unit
 * or association, and how many were evicted; narrowed to the unit and association the filter names
 * (the tenant's home decides both; the filter's category does not apply). A tenant counts at a mark
 * once the mark has passed; a tenant who died is left out (they did not lose their home). One SQL
 * aggregation.
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@Published("api: the retention the warehouse reads")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Retentions {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** What the figures are grouped by. */
  public enum By {
    TRACK,
    UNIT,
    ASSOCIATION,
    /** Came through the shelter pathway (#17) or not. */
    PATHWAY
  }

  /** At one mark: how many had reached it, how many of those were still housed, the share. */
  public record Mark(long reached, long housed, Double percent) implements java.io.Serializable {}

  /**
   * One group. {@code suppressed}: no figures for an analyst (fewer than five referred, or hidden
   * with the one that was: {@link SmallCells}). For an analyst every count is rounded to a multiple
   * of five, a mark that rests on one to four tenants is null and so is an eviction count of one to
   * four.
   */
  public record Retention(
      String key,
      String label,
      Long referred,
      Mark sixMonths,
      Mark twelveMonths,
      Mark twentyFourMonths,
      Long evicted,
      boolean suppressed)
      implements java.io.Serializable {}

  /**
   * @throws RuleViolation on {@code from} when the period ends before it starts
   * @throws AccessDenied for anyone but coordinators and analysts
   */
  /** A tenant whose stay at a shelter became their referral, or any other. */
  private static final String PATHWAY_GROUP =
      "if(exists (select 1 from stay s where s.tenant_id = t.id), 'PATHWAY', 'OTHER')";

  public List<Retention> retention(By by, Filter filter) {
    var analyst = InsightReaders.isAnalyst(currentUser);
    filter.requireOrdered();
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    var key =
        switch (by) {
          case TRACK -> "t.support_track";
          case UNIT -> "di.unit_id";
          case ASSOCIATION -> "d.association_id";
          case PATHWAY -> PATHWAY_GROUP;
        };
    var label =
        switch (by) {
          case TRACK -> "t.support_track";
          case UNIT -> "u.name";
          case ASSOCIATION -> "a.name";
          case PATHWAY -> PATHWAY_GROUP;
        };
    // What it counts: per group, the tenants referred in the period (the deceased left out), and
    // at 6, 12 and 24 months after moving in how many had reached the mark by today and how many of
    // those were still housed then; and the evictions. A filter left empty matches every row.
    var sql =
        """
        select %1$s, max(%2$s), count(*),
          sum(t.move_in_date <= date_sub(?1, interval 6 month)),
          sum(t.move_in_date <= date_sub(?1, interval 6 month)
            and (t.tenancy_end_date is null
              or t.tenancy_end_date > date_add(t.move_in_date, interval 6 month))),
          sum(t.move_in_date <= date_sub(?1, interval 12 month)),
          sum(t.move_in_date <= date_sub(?1, interval 12 month)
            and (t.tenancy_end_date is null
              or t.tenancy_end_date > date_add(t.move_in_date, interval 12 month))),
          sum(t.move_in_date <= date_sub(?1, interval 24 month)),
          sum(t.move_in_date <= date_sub(?1, interval 24 month)
            and (t.tenancy_end_date is null
              or t.tenancy_end_date > date_add(t.move_in_date, interval 24 month))),
          sum(t.tenancy_end_reason = 'EVICTED')
        from tenant t
        join department d on d.id = t.department_id
        join district di on di.id = d.district_id
        join unit u on u.id = di.unit_id
        join housing_association a on a.id = d.association_id
        where (t.tenancy_end_reason is null or t.tenancy_end_reason <> 'DIED')
          and t.referral_date >= ?2 and t.referral_date <= ?3
          and (?4 is null or di.unit_id = ?4)
          and (?5 is null or d.association_id = ?5)
        group by %1$s
        order by max(%2$s)"""
            .formatted(key, label);
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, Date.valueOf(today))
            .setParameter(
                2,
                Date.valueOf(
                    filter.from() == null ? LocalDate.of(2000, 1, 1) : filter.from().atDay(1)))
            .setParameter(3, Date.valueOf(filter.to() == null ? today : filter.to().atEndOfMonth()))
            .setParameter(4, filter.unitId())
            .setParameter(5, filter.associationId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    var hidden = SmallCells.hidden(analyst, rows.stream().mapToLong(r -> number(r[2])).toArray());
    var result = new ArrayList<Retention>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      if (hidden[i]) {
        result.add(
            new Retention(
                String.valueOf(r[0]), String.valueOf(r[1]), null, null, null, null, null, true));
        continue;
      }
      result.add(
          new Retention(
              String.valueOf(r[0]),
              String.valueOf(r[1]),
              SmallCells.count(analyst, number(r[2])),
              mark(analyst, r[3], r[4]),
              mark(analyst, r[5], r[6]),
              mark(analyst, r[7], r[8]),
              SmallCells.count(analyst, number(r[9])),
              false));
    }
    return result;
  }

  /**
   * A mark: how many reached it, how many of those were still housed, the share. An analyst's
   * counts are rounded and the share is of those (so the few who lost their home cannot be had from
   * it exactly); none (null) when the tenants who reached it or those still housed are one to four.
   */
  private static Mark mark(boolean analyst, Object reached, Object housed) {
    var n = number(reached);
    var h = number(housed);
    if (!analyst) {
      return new Mark(n, h, n == 0 ? null : Math.round(h * 1000.0 / n) / 10.0);
    }
    var shownReached = SmallCells.count(n);
    var shownHoused = SmallCells.count(h);
    if (shownReached == null || shownHoused == null) {
      return null;
    }
    return new Mark(shownReached, shownHoused, SmallCells.percent(shownHoused, shownReached));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
