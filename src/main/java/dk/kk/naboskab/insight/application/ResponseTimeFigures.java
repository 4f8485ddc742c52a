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
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The response-time figures for a reader's scope, computed from the measures and kept until the
 * measures change (ADR 30). A figure rests on every measure of its period: a year of the
 * municipality is some 40 000, a few hundred milliseconds to read and sort — the same for every
 * analyst who opens the same page, and nothing has changed between them unless the keeper has
 * measured something. So what was computed is kept with the newest {@code measured_at} it was
 * computed at; one indexed statement tells whether that still holds. After each of its ticks the
 * keeper computes again what readers have asked for lately ({@link #refresh()}), so a reader seldom
 * waits for the computation at all.
 *
 * <p>Access is not decided here: {@link ResponseTimes} decides the scope and hands it in; this bean
 * is not for any other caller.
 */
@ApplicationScoped
public class ResponseTimeFigures {
  private static final Logger LOG = Logger.getLogger(ResponseTimeFigures.class.getName());

  /** How many different asks are kept (each a few kilobytes of figures). */
  static final int KEPT = 64;

  /**
   * The longest anything is kept, changed measures or not: a group's name (a unit renamed) and a
   * measure written by two keepers at once with out-of-order times are right again after this.
   */
  static final Duration LONGEST = Duration.ofMinutes(5);

  /** What the keeper computes again after a change: what someone asked for within this. */
  static final Duration ASKED_LATELY = Duration.ofMinutes(15);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject MeasureSample measures;

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

  private static final class Kept {
    final Timestamp measuredAt;
    final long computedAt;
    final List<Map<ClockKind, List<Figure>>> figures;
    volatile long askedAt;

    Kept(Timestamp measuredAt, long computedAt, List<Map<ClockKind, List<Figure>>> figures) {
      this.measuredAt = measuredAt;
      this.computedAt = computedAt;
      this.figures = figures;
      this.askedAt = computedAt;
    }

    boolean holds(Timestamp newest, long now) {
      return Objects.equals(measuredAt, newest) && now - computedAt < LONGEST.toNanos();
    }
  }

  private final Map<Ask, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Ask, Kept> eldest) {
          return size() > KEPT;
        }
      };

  /** The figures for the ask, grouped by each of its dimensions in turn. */
  public List<Map<ClockKind, List<Figure>>> figures(Ask ask) {
    // The newest measure first: a measure written while computing makes the next ask compute again.
    var newest = newestMeasure();
    var now = System.nanoTime();
    Kept found;
    synchronized (kept) {
      found = kept.get(ask);
    }
    if (found != null && found.holds(newest, now)) {
      found.askedAt = now;
      return found.figures;
    }
    var figures = compute(ask);
    synchronized (kept) {
      kept.put(ask, new Kept(newest, now, figures));
    }
    return figures;
  }

  /**
   * Computes again what readers asked for lately when the measures have changed since, and forgets
   * what nobody asked for lately. The keeper calls it after each tick.
   */
  public void refresh() {
    var newest = newestMeasure();
    var now = System.nanoTime();
    List<Map.Entry<Ask, Kept>> entries;
    synchronized (kept) {
      kept.values().removeIf(k -> now - k.askedAt > ASKED_LATELY.toNanos());
      entries = List.copyOf(kept.entrySet());
    }
    for (var entry : entries) {
      if (entry.getValue().holds(newest, now)) {
        continue;
      }
      try {
        var figures = compute(entry.getKey());
        var fresh = new Kept(newest, now, figures);
        fresh.askedAt = entry.getValue().askedAt;
        synchronized (kept) {
          kept.put(entry.getKey(), fresh);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Computing the response times again failed; a reader will", e);
        synchronized (kept) {
          kept.remove(entry.getKey());
        }
      }
    }
  }

  /** The newest measure's time: it changes whenever the keeper writes a measure that differs. */
  private Timestamp newestMeasure() {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement("select max(measured_at) from concern_measure");
        var rows = statement.executeQuery()) {
      rows.next();
      return rows.getTimestamp(1);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the measures' newest change failed", e);
    }
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
