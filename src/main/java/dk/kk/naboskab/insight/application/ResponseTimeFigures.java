package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.insight.application.ResponseTimes.Dimension;
import dk.kk.naboskab.insight.application.ResponseTimes.Figure;
import dk.kk.naboskab.insight.application.ResponseTimes.Scope;
import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.shared.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The response-time figures for a reader's scope, computed from the measures and kept until a
 * measure changes ({@link KeptFigures}, ADR 30). A figure rests on every measure of its period: a
 * year of the municipality is some 40 000, a few hundred milliseconds to read and sort — the same
 * for every analyst who opens the same page.
 *
 * <p>Access is not decided here: {@link ResponseTimes} decides the scope and hands it in; this bean
 * is not for any other caller.
 */
@ApplicationScoped
public class ResponseTimeFigures {
  private static final Logger LOG = Logger.getLogger(ResponseTimeFigures.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject MeasureSample measures;
  @Inject KeptFigures kept;

  /**
   * One ask: whose figures (the scope {@link ResponseTimes} decided), which clocks, grouped by what
   * (one read for all), the filter and the language of the groups' names.
   */
  record Ask(Scope scope, Set<ClockKind> clocks, List<Dimension> by, Filter filter, Locale locale) {
    Ask {
      clocks = Set.copyOf(clocks);
      by = List.copyOf(by);
    }
  }

  /** The figures for the ask, grouped by each of its dimensions in turn. */
  public List<Map<ClockKind, List<Figure>>> figures(Ask ask) {
    return kept.get(ask, () -> compute(ask));
  }

  private List<Map<ClockKind, List<Figure>>> compute(Ask ask) {
    var scope = ask.scope();
    var association =
        scope.associationId() != null ? scope.associationId() : ask.filter().associationId();
    var groups =
        measures.read(
            ask.by().stream().map(ResponseTimeFigures::key).toList(),
            ask.clocks(),
            ask.filter(),
            association);
    var result = new ArrayList<Map<ClockKind, List<Figure>>>();
    for (var i = 0; i < ask.by().size(); i++) {
      result.add(figures(scope, ask.clocks(), ask.by().get(i), groups.get(i), ask.locale()));
    }
    return List.copyOf(result);
  }

  private Map<ClockKind, List<Figure>> figures(
      Scope scope,
      Set<ClockKind> clocks,
      Dimension by,
      Map<String, MeasureSample.Groups> groups,
      Locale locale) {
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
      result.put(clock, List.copyOf(figures));
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * The groups' names, in the database's order (its Danish collation), or null for a dimension
   * whose key is its own name (months, worker types, urgencies).
   */
  private Map<String, String> labels(Dimension by, Set<String> keys, Locale locale) {
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
    var labels = new LinkedHashMap<String, String>();
    if (keys.isEmpty()) {
      return labels;
    }
    var ids = keys.stream().map(Long::valueOf).toList();
    var placeholders = new StringBuilder();
    for (var i = 1; i <= ids.size(); i++) {
      placeholders.append(i == 1 ? "?" : ", ?");
    }
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql.formatted(placeholders))) {
      for (var i = 0; i < ids.size(); i++) {
        statement.setLong(i + 1, ids.get(i));
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          labels.put(rows.getString(1), rows.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("naming the figures' groups failed", e);
    }
    return labels;
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
