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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
  @Inject MeasureSample measures;

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
    return figures(scope(), EnumSet.of(clock), by, filter.requireOrdered(), locale).get(clock);
  }

  /**
   * The three clocks' figures, grouped: one call for a page, one read of the measures.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public Map<ClockKind, List<Figure>> allClocks(Dimension by, Filter filter, Locale locale) {
    var scope = scope();
    filter.requireOrdered();
    return figures(scope, EnumSet.allOf(ClockKind.class), by, filter, locale);
  }

  /**
   * What it counts: per clock, the concerns whose clock has stopped (acknowledged, first reply,
   * resolved); per group their number, the median and 90th percentile of the business minutes it
   * took (interpolated between ranks, as {@code percentile_cont}), and the share within target.
   *
   * <p>One statement reads the filtered measures' group and minutes, streamed, and the percentiles
   * are taken here; a second names the groups. MariaDB's {@code percentile_cont} window took six
   * statements for a page's three clocks and 0.7 s at a million concerns (ADR 30).
   */
  private Map<ClockKind, List<Figure>> figures(
      Scope scope, EnumSet<ClockKind> clocks, Dimension by, Filter filter, Locale locale) {
    if (scope.associationId() != null && by == Dimension.WORKER_TYPE) {
      // The kind of support a tenant gets is the tenant's to disclose (consent's scope, §99
      // anonymity): an association's figures by worker type would show an SKP group of a few of
      // its own tenants. Not offered on the page either; refused here for every other caller.
      throw new RuleViolation("by", "insight.byWorkerType.notForAssociations");
    }
    var association =
        scope.associationId() != null ? scope.associationId() : filter.associationId();
    var groups = measures.read(key(by), clocks, filter, association);
    var labels = labels(by, groups.keySet(), locale);
    // Labelled dimensions show the groups that still have their unit, association or category, in
    // the database's order of their names; the others by key (months in order).
    var keys =
        labels == null ? groups.keySet().stream().sorted().toList() : List.copyOf(labels.keySet());
    var result = new EnumMap<ClockKind, List<Figure>>(ClockKind.class);
    for (var clock : clocks) {
      var rows = new ArrayList<MeasureSample.Group>();
      var rowKeys = new ArrayList<String>();
      for (var key : keys) {
        var group = groups.get(key).of(clock);
        if (group.count() > 0) {
          rows.add(group);
          rowKeys.add(key);
        }
      }
      var hidden =
          SmallCells.hidden(
              scope.suppressSmall(), rows.stream().mapToLong(MeasureSample.Group::count).toArray());
      var figures = new ArrayList<Figure>();
      for (int i = 0; i < rows.size(); i++) {
        var group = rows.get(i);
        var groupKey = rowKeys.get(i);
        var label = labels == null ? groupKey : labels.get(groupKey);
        if (hidden[i]) {
          figures.add(new Figure(groupKey, label, null, null, null, null, true));
          continue;
        }
        long count = group.count();
        Long shown = count;
        var share = group.metShare();
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
            new Figure(
                groupKey,
                label,
                shown,
                hours(group.percentile(0.5)),
                hours(group.percentile(0.9)),
                withinTarget,
                false));
      }
      result.put(clock, figures);
    }
    return result;
  }

  /**
   * The groups' names, in the database's order (its Danish collation), or null for a dimension
   * whose key is its own name (months, worker types, urgencies).
   */
  private Map<String, String> labels(Dimension by, java.util.Set<String> keys, Locale locale) {
    var sql =
        switch (by) {
          case UNIT -> "select u.id, u.name from unit u where u.id in (%s) order by 2, 1";
          case ASSOCIATION ->
              "select a.id, a.name from housing_association a where a.id in (%s) order by 2, 1";
          case DEPARTMENT ->
              "select d.id, concat(a.name, ' · ', d.number, ' ', d.name) from department d"
                  + " join housing_association a on a.id = d.association_id"
                  + " where d.id in (%s) order by 2, 1";
          case CATEGORY ->
              "select k.id, "
                  + ("en".equals(locale.getLanguage()) ? "k.name_en" : "k.name_da")
                  + " from category k where k.id in (%s) order by 2, 1";
          default -> null;
        };
    if (sql == null) {
      return null;
    }
    var labels = new java.util.LinkedHashMap<String, String>();
    if (keys.isEmpty()) {
      return labels;
    }
    var ids = keys.stream().map(Long::valueOf).toList();
    var placeholders = new StringBuilder();
    for (var i = 1; i <= ids.size(); i++) {
      placeholders.append(i == 1 ? "?" : ", ?").append(i);
    }
    var query = em.createNativeQuery(sql.formatted(placeholders));
    for (var i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    rows.forEach(r -> labels.put(String.valueOf(r[0]), String.valueOf(r[1])));
    return labels;
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

  /** The group's key in {@code concern_measure m}, as pages and exports know it. */
  private static String key(Dimension by) {
    return switch (by) {
      case MONTH -> "date_format(m.filed_month, '%Y-%m')";
      case UNIT -> "m.unit_id";
      case ASSOCIATION -> "m.association_id";
      case DEPARTMENT -> "m.department_id";
      case WORKER_TYPE -> "coalesce(m.worker_type, 'TEAM')";
      case CATEGORY -> "m.category_id";
      case URGENCY -> "m.urgency";
    };
  }

  private static Double hours(Double minutes) {
    return minutes == null ? null : round(minutes / 60.0);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
