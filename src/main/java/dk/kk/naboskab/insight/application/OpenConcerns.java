package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

/**
 * The concerns open, and of those overdue, at the end of each month: the municipality's backlog
 * over time. Overdue at a moment: open, and past the deadline of an acknowledgement or a first
 * reply that had not come by then (the deadlines the figures' keeper stores, V12). The same scope
 * as the response times: housing staff their own association, analysts no count under five.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class OpenConcerns {
  /** The most months one chart spans. */
  public static final int MAX_MONTHS = 36;

  @PersistenceContext EntityManager em;
  @Inject dk.kk.naboskab.security.CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * A month's end (now, for the month under way): concerns open and overdue then; both null when
   * suppressed for an analyst.
   */
  public record AtMonthEnd(YearMonth month, Long open, Long overdue, boolean suppressed)
      implements java.io.Serializable {}

  /**
   * The filter's months (the last twelve if it names none), narrowed by its unit, association and
   * category.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts or spans more than
   *     {@value #MAX_MONTHS} months
   */
  public List<AtMonthEnd> byMonth(Filter filter) {
    var scope = ResponseTimes.scopeOf(currentUser, em);
    filter.requireOrdered();
    var now = clock.instant();
    var thisMonth = YearMonth.now(clock.withZone(ClockProducer.COPENHAGEN));
    var to = filter.to() != null && filter.to().isBefore(thisMonth) ? filter.to() : thisMonth;
    var from = filter.from() != null ? filter.from() : to.minusMonths(11);
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw new RuleViolation("from", "insight.openConcerns.tooLong", MAX_MONTHS);
    }
    var months = new ArrayList<YearMonth>();
    for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    var association =
        scope.associationId() != null ? scope.associationId() : filter.associationId();
    // The moments: each month's end in Copenhagen, or now for the month under way; one row each.
    var moments =
        String.join(
            " union all ",
            Collections.nCopies(months.size(), "select cast(? as datetime(6)) as t"));
    // What it counts: per moment, the concerns filed by then and not resolved by then, and of
    // those the ones past the deadline of an acknowledgement or a first reply not given by then.
    // Only concerns open at some moment of the window take part (resolved after its start, or not
    // at all: the index on resolved_at finds them), so ten years of history cost nothing here.
    // Each of them is read once and held against the moments in memory (straight_join: concerns
    // first); the other way round MariaDB read them again for every moment, 3.5 times as slow at
    // a million concerns. A moment without an open concern has no row; it is filled in below.
    var query =
        em.createNativeQuery(
            """
            select straight_join m.t, count(*),
              sum((x.ack_due_at <= m.t
                    and (c.acknowledged_at is null or c.acknowledged_at > m.t))
                  or (x.reply_due_at <= m.t
                    and (c.first_reply_at is null or c.first_reply_at > m.t)))
            from concern c
            left join concern_measure x on x.concern_id = c.id
            join (%s) m on c.filed_at <= m.t and (c.resolved_at is null or c.resolved_at > m.t)
            where (c.resolved_at is null or c.resolved_at > ?) and c.filed_at <= ?
              and (? is null or c.unit_id = ?)
              and (? is null or c.association_id = ?)
              and (? is null or c.category_id = ?)
            group by m.t
            order by m.t"""
                .formatted(moments));
    var p = 0;
    var byMoment = new HashMap<Instant, YearMonth>();
    var instants = new ArrayList<Timestamp>();
    for (var month : months) {
      var end = month.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.COPENHAGEN).toInstant();
      // Whole seconds: the moment comes back from the database as the key it was given.
      var moment = (end.isAfter(now) ? now : end).truncatedTo(ChronoUnit.SECONDS);
      byMoment.put(moment, month);
      instants.add(Timestamp.valueOf(moment.atOffset(ZoneOffset.UTC).toLocalDateTime()));
    }
    for (var moment : instants) {
      query.setParameter(++p, moment);
    }
    query.setParameter(++p, instants.get(0));
    query.setParameter(++p, instants.get(instants.size() - 1));
    for (var value : new Object[] {filter.unitId(), association, filter.categoryId()}) {
      query.setParameter(++p, value);
      query.setParameter(++p, value);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found = query.getResultList();
    var counted = new HashMap<YearMonth, long[]>();
    for (var r : found) {
      var moment = ((Timestamp) r[0]).toLocalDateTime().toInstant(ZoneOffset.UTC);
      counted.put(
          byMoment.get(moment),
          new long[] {((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
    }
    var rows = months.stream().map(m -> counted.getOrDefault(m, new long[2])).toList();
    var result = new ArrayList<AtMonthEnd>();
    var analyst = scope.suppressSmall();
    var hidden = SmallCells.hidden(analyst, rows.stream().mapToLong(r -> r[0]).toArray());
    for (int i = 0; i < rows.size(); i++) {
      var month = months.get(i);
      var open = rows.get(i)[0];
      var overdue = rows.get(i)[1];
      // An analyst's counts rounded, an overdue count of one to four hidden (null).
      result.add(
          hidden[i]
              ? new AtMonthEnd(month, null, null, true)
              : new AtMonthEnd(
                  month,
                  SmallCells.count(analyst, open),
                  SmallCells.count(analyst, overdue),
                  false));
    }
    return result;
  }
}
