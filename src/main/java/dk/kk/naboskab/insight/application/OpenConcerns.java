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
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
  @Inject BacklogSample backlog;
  @Inject KeptFigures kept;

  /** The months that have ended, as moments, and the filter: what their counts depend on. */
  record Ended(List<Instant> moments, Long unitId, Long associationId, Long categoryId) {}

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
    // The moments: each month's end in Copenhagen, or now for the month under way.
    var ended = new ArrayList<Instant>();
    Instant current = null;
    for (var month : months) {
      var end = month.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.COPENHAGEN).toInstant();
      if (end.isAfter(now)) {
        // Whole seconds: the moment comes back from the database as the key it was given.
        current = now.truncatedTo(ChronoUnit.SECONDS);
      } else {
        ended.add(end);
      }
    }
    // A month that has ended changes only when a concern's past does (reopened, its deadlines
    // measured again), which the keeper measures: kept until a measure changes (ADR 30). The month
    // under way is counted now.
    var counted = new HashMap<Instant, long[]>();
    if (!ended.isEmpty()) {
      var ask = new Ended(List.copyOf(ended), filter.unitId(), association, filter.categoryId());
      // The keeper may count again later: the computation holds the sample, not this bean.
      var sample = backlog;
      counted.putAll(
          kept.get(
              ask,
              () ->
                  sample.count(
                      ask.moments(), ask.unitId(), ask.associationId(), ask.categoryId())));
    }
    if (current != null) {
      counted.putAll(
          backlog.count(List.of(current), filter.unitId(), association, filter.categoryId()));
    }
    var moments = new ArrayList<>(ended);
    if (current != null) {
      moments.add(current);
    }
    var rows = new ArrayList<long[]>();
    for (var moment : moments) {
      rows.add(counted.getOrDefault(moment, new long[2]));
    }
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
