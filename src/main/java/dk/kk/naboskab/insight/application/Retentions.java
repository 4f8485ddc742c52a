package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.security.AccessDenied;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Tenancy retention — the measure the municipality's goal names: of the tenants referred in a
 * period, the share still in their home 6, 12 and 24 months after moving in, by support track or by
 * unit, and how many were evicted. A tenant counts at a mark once the mark has passed; a tenant who
 * died is left out (they did not lose their home). One SQL aggregation.
 */
@Stateless
@PermitAll
public class Retentions {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** What the figures are grouped by. */
  public enum By {
    TRACK,
    UNIT
  }

  /** At one mark: how many had reached it, how many of those were still housed, the share. */
  public record Mark(long reached, long housed, Double percent) implements java.io.Serializable {}

  /** One group. {@code suppressed}: fewer than five referred, no figures for an analyst. */
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
  public List<Retention> retention(By by, YearMonth from, YearMonth to) {
    var analyst = InsightReaders.isAnalyst(currentUser);
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolation("from", "insight.period.order");
    }
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    var key = by == By.TRACK ? "t.support_track" : "u.id";
    var label = by == By.TRACK ? "t.support_track" : "u.name";
    var marks = new StringBuilder();
    for (var months : new int[] {6, 12, 24}) {
      var reached = "t.move_in_date <= date_sub(?1, interval " + months + " month)";
      marks
          .append(", sum(")
          .append(reached)
          .append("), sum(")
          .append(reached)
          .append(" and (t.tenancy_end_date is null or t.tenancy_end_date >")
          .append(" date_add(t.move_in_date, interval ")
          .append(months)
          .append(" month)))");
    }
    var sql =
        "select "
            + key
            + ", max("
            + label
            + "), count(*)"
            + marks
            + ", sum(t.tenancy_end_reason = 'EVICTED')"
            + " from tenant t join department d on d.id = t.department_id"
            + " join district di on di.id = d.district_id join unit u on u.id = di.unit_id"
            + " where (t.tenancy_end_reason is null or t.tenancy_end_reason <> 'DIED')"
            + " and t.referral_date >= ?2 and t.referral_date <= ?3"
            + " group by "
            + key
            + " order by max("
            + label
            + ")";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(from == null ? LocalDate.of(2000, 1, 1) : from.atDay(1)))
            .setParameter(3, Date.valueOf(to == null ? today : to.atEndOfMonth()))
            .getResultList();
    var result = new ArrayList<Retention>();
    for (var r : rows) {
      var referred = number(r[2]);
      if (analyst && referred < ResponseTimes.SMALLEST_CELL) {
        result.add(
            new Retention(
                String.valueOf(r[0]), String.valueOf(r[1]), null, null, null, null, null, true));
        continue;
      }
      result.add(
          new Retention(
              String.valueOf(r[0]),
              String.valueOf(r[1]),
              referred,
              mark(r[3], r[4]),
              mark(r[5], r[6]),
              mark(r[7], r[8]),
              number(r[9]),
              false));
    }
    return result;
  }

  private static Mark mark(Object reached, Object housed) {
    var n = number(reached);
    var h = number(housed);
    return new Mark(n, h, n == 0 ? null : Math.round(h * 1000.0 / n) / 10.0);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
