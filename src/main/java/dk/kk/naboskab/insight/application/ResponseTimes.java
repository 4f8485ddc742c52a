package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Response times in business hours: how many concerns, the median and 90th percentile time to
 * acknowledge, to first reply and to resolution, and the share within target — grouped by one
 * dimension and filtered. All of it one SQL aggregation over {@code concern_measure} (percentiles
 * as MariaDB window functions); nothing is loaded row by row.
 *
 * <p>Coordinators and analysts see the whole municipality; housing staff only their own
 * association, whatever they ask. For analysts, a group of fewer than {@link #SMALLEST_CELL}
 * concerns shows no figures.
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@Published("api: the response times the warehouse reads")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class ResponseTimes {
  /** Groups smaller than this are suppressed for analysts ({@link SmallCells}). */
  public static final int SMALLEST_CELL = SmallCells.SMALLEST;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  /** What the figures are grouped by. */
  public enum Dimension {
    MONTH,
    UNIT,
    ASSOCIATION,
    DEPARTMENT,
    WORKER_TYPE,
    CATEGORY,
    URGENCY
  }

  /**
   * One group's figures, in business hours. {@code suppressed}: too few concerns for the reader to
   * see figures; count and figures are then null.
   *
   * @param key the group's code (a month, an id, an enum name), for charts and exports
   */
  public record Figure(
      String key,
      String label,
      Long count,
      Double medianHours,
      Double p90Hours,
      Double withinTargetPercent,
      boolean suppressed)
      implements java.io.Serializable {}

  /**
   * The figures for one clock, grouped.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public List<Figure> figures(ClockKind clock, Dimension by, Filter filter, Locale locale) {
    return figures(scope(), clock, by, filter.requireOrdered(), locale);
  }

  /**
   * The three clocks' figures, grouped: one call for a page.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public Map<ClockKind, List<Figure>> allClocks(Dimension by, Filter filter, Locale locale) {
    var scope = scope();
    filter.requireOrdered();
    var figures = new EnumMap<ClockKind, List<Figure>>(ClockKind.class);
    for (var clock : ClockKind.values()) {
      figures.put(clock, figures(scope, clock, by, filter, locale));
    }
    return figures;
  }

  private List<Figure> figures(
      Scope scope, ClockKind clock, Dimension by, Filter filter, Locale locale) {
    if (scope.associationId() != null && by == Dimension.WORKER_TYPE) {
      // The kind of support a tenant gets is the tenant's to disclose (consent's scope, §99
      // anonymity): an association's figures by worker type would show an SKP group of a few of
      // its own tenants. Not offered on the page either; refused here for every other caller.
      throw new RuleViolation("by", "insight.byWorkerType.notForAssociations");
    }
    var column =
        switch (clock) {
          case ACKNOWLEDGE -> "ack";
          case FIRST_REPLY -> "reply";
          case RESOLUTION -> "resolution";
        };
    var association =
        scope.associationId() != null ? scope.associationId() : filter.associationId();
    // What it counts: the concerns whose clock has stopped (acknowledged, first reply, resolved),
    // per group their number, the median and 90th percentile of the business minutes it took, and
    // the share within target. Percentiles over the measures, then the few groups' labels: joining
    // the labels first would
    // carry them through the window's sort (twice the time at a million concerns). Column and
    // table names come from the enums above; every value is a parameter, and a filter left empty
    // is a null that matches every row.
    var sql =
        """
        select %1$s, %2$s, y.n, y.med, y.p90, y.met
        from (
          select x.g, count(*) as n, max(x.med) as med, max(x.p90) as p90, avg(x.met) as met
          from (
            select %3$s as g, m.%4$s_met as met,
              percentile_cont(0.5) within group (order by m.%4$s_minutes)
                over (partition by %3$s) as med,
              percentile_cont(0.9) within group (order by m.%4$s_minutes)
                over (partition by %3$s) as p90
            from concern_measure m
            where m.%4$s_minutes is not null
              and (?1 is null or m.filed_month >= ?1)
              and (?2 is null or m.filed_month <= ?2)
              and (?3 is null or m.unit_id = ?3)
              and (?4 is null or m.association_id = ?4)
              and (?5 is null or m.category_id = ?5)
          ) x
          group by x.g
        ) y%5$s
        order by %6$s"""
            .formatted(
                outerKey(by),
                label(by, locale),
                key(by),
                column,
                joins(by),
                by == Dimension.MONTH ? "y.g" : "2, 1");
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, filter.from() == null ? null : Date.valueOf(filter.from().atDay(1)))
            .setParameter(2, filter.to() == null ? null : Date.valueOf(filter.to().atDay(1)))
            .setParameter(3, filter.unitId())
            .setParameter(4, association)
            .setParameter(5, filter.categoryId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    var figures = new ArrayList<Figure>();
    var hidden =
        SmallCells.hidden(
            scope.suppressSmall(),
            rows.stream().mapToLong(r -> ((Number) r[2]).longValue()).toArray());
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      var count = ((Number) r[2]).longValue();
      var groupKey = String.valueOf(r[0]);
      var label = r[1] == null ? groupKey : String.valueOf(r[1]);
      if (hidden[i]) {
        figures.add(new Figure(groupKey, label, null, null, null, null, true));
        continue;
      }
      Long shown = count;
      var share = r[5] == null ? null : ((Number) r[5]).doubleValue();
      Double withinTarget = share == null ? null : round(share * 100);
      if (scope.suppressSmall()) {
        // An analyst's: the count rounded, the share within target of the counts as shown.
        shown = SmallCells.count(count);
        withinTarget =
            share == null
                ? null
                : SmallCells.percent(SmallCells.count(Math.round(share * count)), shown);
      }
      figures.add(
          new Figure(groupKey, label, shown, hours(r[3]), hours(r[4]), withinTarget, false));
    }
    return figures;
  }

  /** A choice for the filter bar. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /** What the filter bar offers the reader, in one call. */
  public record Choices(List<Choice> units, List<Choice> associations, boolean ownAssociationOnly)
      implements java.io.Serializable {}

  /**
   * @throws AccessDenied for workers and anyone without a role for figures
   */
  public Choices choices() {
    var scope = scope();
    return new Choices(allUnits(), associations(scope), scope.associationId() != null);
  }

  /** The units to filter by. */
  public List<Choice> units() {
    scope();
    return allUnits();
  }

  private List<Choice> allUnits() {
    return em
        .createQuery("select u.id, u.name from Unit u order by u.name", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  /** The associations to filter by: only one's own for housing staff. */
  public List<Choice> associations() {
    return associations(scope());
  }

  private List<Choice> associations(Scope scope) {
    var query =
        scope.associationId() == null
            ? em.createQuery(
                "select a.id, a.name from HousingAssociation a order by a.name", Object[].class)
            : em.createQuery(
                    "select a.id, a.name from HousingAssociation a where a.id = :own",
                    Object[].class)
                .setParameter("own", scope.associationId());
    return query.getResultList().stream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
  }

  /** Whether the reader sees one association only (housing staff). */
  public boolean isOwnAssociationOnly() {
    return scope().associationId() != null;
  }

  /** Who asks decides what they may see. */
  record Scope(Long associationId, boolean suppressSmall) {}

  Scope scope() {
    return scopeOf(currentUser, em);
  }

  /**
   * Whose figures the user sees: the one rule for every figure of concerns (a static method, so the
   * other figures' beans use it directly, not through this bean's proxy).
   */
  static Scope scopeOf(CurrentUser currentUser, EntityManager em) {
    if (currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ANALYST)) {
      return new Scope(null, InsightReaders.isAnalyst(currentUser));
    }
    if (currentUser.hasRole(Role.HOUSING_STAFF)) {
      var code =
          currentUser
              .getAssociation()
              .orElseThrow(
                  () -> new AccessDenied(currentUser.getUsername() + " has no association"));
      var ids =
          em.createQuery("select a.id from HousingAssociation a where a.code = :code", Long.class)
              .setParameter("code", code)
              .getResultList();
      if (ids.isEmpty()) {
        throw new AccessDenied(currentUser.getUsername() + "'s association is unknown");
      }
      return new Scope(ids.get(0), false);
    }
    throw new AccessDenied(
        (currentUser.isSignedIn() ? currentUser.getUsername() : "an anonymous caller")
            + " may not see figures");
  }

  private static String key(Dimension by) {
    return switch (by) {
      case MONTH -> "m.filed_month";
      case UNIT -> "m.unit_id";
      case ASSOCIATION -> "m.association_id";
      case DEPARTMENT -> "m.department_id";
      case WORKER_TYPE -> "coalesce(m.worker_type, 'TEAM')";
      case CATEGORY -> "m.category_id";
      case URGENCY -> "m.urgency";
    };
  }

  /** The group's key as pages and exports know it ("2026-11" for a month). */
  private static String outerKey(Dimension by) {
    return by == Dimension.MONTH ? "date_format(y.g, '%Y-%m')" : "y.g";
  }

  private static String label(Dimension by, Locale locale) {
    return switch (by) {
      case UNIT -> "u.name";
      case ASSOCIATION -> "a.name";
      case DEPARTMENT -> "concat(a.name, ' · ', d.number, ' ', d.name)";
      case CATEGORY -> "en".equals(locale.getLanguage()) ? "k.name_en" : "k.name_da";
      default -> "null";
    };
  }

  private static String joins(Dimension by) {
    return switch (by) {
      case UNIT -> " join unit u on u.id = y.g";
      case ASSOCIATION -> " join housing_association a on a.id = y.g";
      case DEPARTMENT ->
          " join department d on d.id = y.g"
              + " join housing_association a on a.id = d.association_id";
      case CATEGORY -> " join category k on k.id = y.g";
      default -> "";
    };
  }

  private static Double hours(Object minutes) {
    return minutes == null ? null : round(((Number) minutes).doubleValue() / 60.0);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
