package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.Setting;
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
 * The shelter pathway's figures (#17 part 7): how many calendar days from intake to a
 * recommendation (median, 90th percentile, share within the target) and the share recommended for
 * their own home, by shelter, month or outcome; the case workers' attendance at the weekly resident
 * reviews; the open documentation requests and their age; the days from recommendation to move-in
 * for those who got a flat. Each table is one SQL aggregation; percentiles are MariaDB's window
 * functions, as for response times. Coordinators and analysts only — housing staff never; for
 * analysts, {@link SmallCells} hides and rounds every count about citizens (ADR 21). The filter's
 * period selects the month of the recommendation (of the meeting, of the request's due date).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PathwayFigures {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** What the clarification figures are grouped by. */
  public enum By {
    SHELTER,
    MONTH,
    OUTCOME
  }

  /**
   * One group's time to recommendation, in calendar days.
   *
   * @param key the shelter's code, the month ("2026-11") or the outcome's name
   */
  public record Clarified(
      String key,
      String label,
      Long count,
      Double medianDays,
      Double p90Days,
      Double withinTargetPercent,
      Double ownHomePercent,
      boolean suppressed)
      implements java.io.Serializable {}

  /** A shelter's weekly reviews and how many a case worker attended. */
  public record Attendance(String shelter, long meetings, long attended, Double percent)
      implements java.io.Serializable {}

  /** A shelter's open documentation requests today: how many, how many overdue, the median age. */
  public record OpenRequests(
      String shelter, Long open, Long overdue, Double medianAgeDays, boolean suppressed)
      implements java.io.Serializable {}

  /** A shelter's citizens who got a flat: days from recommendation to move-in. */
  public record MoveIn(
      String shelter, Long count, Double medianDays, Double p90Days, boolean suppressed)
      implements java.io.Serializable {}

  /**
   * Days from intake to recommendation for the stays recommended in the period.
   *
   * @throws AccessDenied for anyone but coordinators and analysts
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public List<Clarified> clarification(By by, Filter filter) {
    var analyst = InsightReaders.isAnalyst(currentUser);
    filter.requireOrdered();
    var target = Integer.parseInt(Setting.PATHWAY_CLARIFICATION_DAYS.value());
    var key =
        switch (by) {
          case SHELTER -> "s.shelter_id";
          case MONTH -> "date_format(s.recommended_on, '%Y-%m')";
          case OUTCOME -> "s.outcome";
        };
    var sql =
        """
        select y.g, %1$s, y.n, y.med, y.p90, y.met, y.own
        from (
          select x.g, count(*) as n, max(x.med) as med, max(x.p90) as p90,
                 sum(x.days <= ?3) as met, sum(x.outcome = 'OWN_HOME') as own
          from (
            select %2$s as g, s.outcome, datediff(s.recommended_on, s.intake_date) as days,
              percentile_cont(0.5) within group (order by datediff(s.recommended_on, s.intake_date))
                over (partition by %2$s) as med,
              percentile_cont(0.9) within group (order by datediff(s.recommended_on, s.intake_date))
                over (partition by %2$s) as p90
            from stay s
            where s.recommended_on is not null
              and (?1 is null or s.recommended_on >= ?1)
              and (?2 is null or s.recommended_on < ?2)
          ) x
          group by x.g
        ) y%3$s
        order by %4$s"""
            .formatted(
                by == By.SHELTER ? "sh.name" : "null",
                key,
                by == By.SHELTER ? " join shelter sh on sh.id = y.g" : "",
                by == By.SHELTER ? "2, 1" : "1");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, from(filter))
            .setParameter(2, until(filter))
            .setParameter(3, target)
            .getResultList();
    var hidden = SmallCells.hidden(analyst, counts(rows, 2));
    var figures = new ArrayList<Clarified>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      var groupKey = String.valueOf(r[0]);
      var label = r[1] == null ? groupKey : String.valueOf(r[1]);
      if (hidden[i]) {
        figures.add(new Clarified(groupKey, label, null, null, null, null, null, true));
        continue;
      }
      var n = ((Number) r[2]).longValue();
      var shown = SmallCells.count(analyst, n);
      var met = SmallCells.count(analyst, ((Number) r[5]).longValue());
      var own = SmallCells.count(analyst, ((Number) r[6]).longValue());
      figures.add(
          new Clarified(
              groupKey,
              label,
              shown,
              days(r[3]),
              days(r[4]),
              SmallCells.percent(met, shown),
              SmallCells.percent(own, shown),
              false));
    }
    return figures;
  }

  /**
   * The weekly resident reviews held in the period per shelter, and how many a case worker attended
   * — the programme's core. About staff, not citizens: nothing hidden.
   *
   * @throws AccessDenied for anyone but coordinators and analysts
   */
  public List<Attendance> attendance(Filter filter) {
    InsightReaders.isAnalyst(currentUser);
    filter.requireOrdered();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select sh.name, count(m.id), count(m.case_worker_id)
                from shelter sh
                left join review_meeting m on m.shelter_id = sh.id and m.held_on is not null
                  and (?1 is null or m.held_on >= ?1) and (?2 is null or m.held_on < ?2)
                group by sh.id, sh.name
                order by sh.name""")
            .setParameter(1, from(filter))
            .setParameter(2, until(filter))
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              var meetings = ((Number) r[1]).longValue();
              var attended = ((Number) r[2]).longValue();
              return new Attendance(
                  (String) r[0],
                  meetings,
                  attended,
                  meetings == 0 ? null : Math.round(attended * 1000.0 / meetings) / 10.0);
            })
        .toList();
  }

  /**
   * The documentation requests open today per shelter: how many, how many past their due date, and
   * the median days since they were asked.
   *
   * @throws AccessDenied for anyone but coordinators and analysts
   */
  public List<OpenRequests> openRequests() {
    var analyst = InsightReaders.isAnalyst(currentUser);
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select y.name, y.n, y.overdue, y.med from (
                  select sh.name, count(*) over (partition by sh.id) as n,
                    sum(r.due_on < ?1) over (partition by sh.id) as overdue,
                    percentile_cont(0.5) within group (order by datediff(?1, r.asked_at))
                      over (partition by sh.id) as med,
                    row_number() over (partition by sh.id) as k
                  from documentation_request r
                  join stay s on s.id = r.stay_id
                  join shelter sh on sh.id = s.shelter_id
                  where r.answered_at is null and s.ended_on is null
                ) y where y.k = 1 order by y.name""")
            .setParameter(1, Date.valueOf(today))
            .getResultList();
    var hidden = SmallCells.hidden(analyst, counts(rows, 1));
    var figures = new ArrayList<OpenRequests>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      figures.add(
          hidden[i]
              ? new OpenRequests((String) r[0], null, null, null, true)
              : new OpenRequests(
                  (String) r[0],
                  SmallCells.count(analyst, ((Number) r[1]).longValue()),
                  SmallCells.count(analyst, ((Number) r[2]).longValue()),
                  days(r[3]),
                  false));
    }
    return figures;
  }

  /**
   * For the citizens recommended for their own home in the period who became referred tenants: days
   * from the recommendation to moving in, per shelter.
   *
   * @throws AccessDenied for anyone but coordinators and analysts
   */
  public List<MoveIn> moveIn(Filter filter) {
    var analyst = InsightReaders.isAnalyst(currentUser);
    filter.requireOrdered();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select y.name, y.n, y.med, y.p90 from (
                  select sh.name, count(*) over (partition by sh.id) as n,
                    percentile_cont(0.5) within group
                      (order by datediff(t.move_in_date, s.recommended_on))
                      over (partition by sh.id) as med,
                    percentile_cont(0.9) within group
                      (order by datediff(t.move_in_date, s.recommended_on))
                      over (partition by sh.id) as p90,
                    row_number() over (partition by sh.id) as k
                  from stay s
                  join tenant t on t.id = s.tenant_id
                  join shelter sh on sh.id = s.shelter_id
                  where (?1 is null or s.recommended_on >= ?1)
                    and (?2 is null or s.recommended_on < ?2)
                ) y where y.k = 1 order by y.name""")
            .setParameter(1, from(filter))
            .setParameter(2, until(filter))
            .getResultList();
    var hidden = SmallCells.hidden(analyst, counts(rows, 1));
    var figures = new ArrayList<MoveIn>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      figures.add(
          hidden[i]
              ? new MoveIn((String) r[0], null, null, null, true)
              : new MoveIn(
                  (String) r[0],
                  SmallCells.count(analyst, ((Number) r[1]).longValue()),
                  days(r[2]),
                  days(r[3]),
                  false));
    }
    return figures;
  }

  private static long[] counts(List<Object[]> rows, int column) {
    return rows.stream().mapToLong(r -> ((Number) r[column]).longValue()).toArray();
  }

  private static Date from(Filter filter) {
    return filter.from() == null ? null : Date.valueOf(filter.from().atDay(1));
  }

  private static Date until(Filter filter) {
    return filter.to() == null ? null : Date.valueOf(filter.to().plusMonths(1).atDay(1));
  }

  private static Double days(Object value) {
    return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
  }
}
