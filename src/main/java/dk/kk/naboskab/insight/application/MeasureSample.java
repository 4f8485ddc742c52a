package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.shared.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The response-time measures a figure needs, read in one streamed statement and kept per group and
 * clock as plain numbers: how many, how many met their target, and the business minutes, from which
 * exact percentiles are taken. A million measures are 12 MB of {@code int}s, never a million rows
 * of objects.
 */
@ApplicationScoped
public class MeasureSample {
  /** Rows fetched at a time: the driver streams the rest instead of holding the whole result. */
  private static final int FETCH = 5_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * The filtered measures whose clock stopped, grouped by each of several keys at once: one read of
   * the rows for, say, a table by unit and its monthly trend.
   *
   * @param association the association to keep to, or null for all
   * @param keys the groups' SQL expressions over {@code concern_measure m} (fixed by the caller,
   *     never user input)
   * @return for each key, in order, its groups
   */
  public List<Map<String, Groups>> read(
      List<String> keys, Set<ClockKind> clocks, Filter filter, Long association) {
    var columns = new StringBuilder();
    var anyStopped = new StringBuilder();
    for (var clock : ClockKind.values()) {
      var column = column(clock);
      columns.append(", m.").append(column).append("_minutes, m.").append(column).append("_met");
      if (clocks.contains(clock)) {
        anyStopped
            .append(anyStopped.length() == 0 ? "" : " or ")
            .append("m.")
            .append(column)
            .append("_minutes is not null");
      }
    }
    var sql =
        "select "
            + String.join(", ", keys)
            + columns
            + " from concern_measure m where ("
            + anyStopped
            + ")"
            + " and (? is null or m.filed_month >= ?)"
            + " and (? is null or m.filed_month <= ?)"
            + " and (? is null or m.unit_id = ?)"
            + " and (? is null or m.association_id = ?)"
            + " and (? is null or m.category_id = ?)";
    var from = filter.from() == null ? null : Date.valueOf(filter.from().atDay(1));
    var to = filter.to() == null ? null : Date.valueOf(filter.to().atDay(1));
    var byKey = new ArrayList<Map<String, Groups>>();
    keys.forEach(k -> byKey.add(new HashMap<>()));
    var of = new Groups[keys.size()];
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(FETCH);
      // Each filter twice ("? is null or column = ?"): the period's two dates, then three ids.
      var values = new Object[] {from, to, filter.unitId(), association, filter.categoryId()};
      for (var i = 0; i < values.length; i++) {
        for (var twice = 0; twice < 2; twice++) {
          var parameter = 2 * i + twice + 1;
          if (values[i] == null) {
            statement.setNull(parameter, i < 2 ? Types.DATE : Types.BIGINT);
          } else {
            statement.setObject(parameter, values[i]);
          }
        }
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          for (var k = 0; k < of.length; k++) {
            var name = rows.getString(k + 1);
            // No unit, association or category to name the group by: left out, as a join would.
            of[k] = name == null ? null : byKey.get(k).computeIfAbsent(name, n -> new Groups());
          }
          var index = keys.size() + 1;
          for (var clock : ClockKind.values()) {
            var minutes = rows.getInt(index);
            var stopped = !rows.wasNull();
            var met = rows.getInt(index + 1);
            var metKnown = !rows.wasNull();
            index += 2;
            if (stopped && clocks.contains(clock)) {
              for (var group : of) {
                if (group != null) {
                  group.of(clock).add(minutes, metKnown ? met : -1);
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the response-time measures failed", e);
    }
    byKey.forEach(groups -> groups.values().forEach(Groups::sort));
    return byKey;
  }

  private static String column(ClockKind clock) {
    return switch (clock) {
      case ACKNOWLEDGE -> "ack";
      case FIRST_REPLY -> "reply";
      case RESOLUTION -> "resolution";
    };
  }

  /** One group's measures for each clock. */
  public static final class Groups {
    private final Map<ClockKind, Group> byClock = new EnumMap<>(ClockKind.class);

    public Group of(ClockKind clock) {
      return byClock.computeIfAbsent(clock, c -> new Group());
    }

    void sort() {
      byClock.values().forEach(Group::sort);
    }
  }

  /** One group's stopped clocks of one kind: their minutes, and how many met the target. */
  public static final class Group {
    private int[] minutes = new int[16];
    private int count;
    private long met;
    private long withTarget;

    /**
     * @param met 1 within target, 0 not, -1 no target (acute: counted, not in the share)
     */
    void add(int minutes, int met) {
      if (count == this.minutes.length) {
        this.minutes = Arrays.copyOf(this.minutes, count * 2);
      }
      this.minutes[count++] = minutes;
      if (met >= 0) {
        withTarget++;
        this.met += met;
      }
    }

    void sort() {
      Arrays.sort(minutes, 0, count);
    }

    public long count() {
      return count;
    }

    /** The share within target of those with a target; null when none had one. */
    public Double metShare() {
      return withTarget == 0 ? null : (double) met / withTarget;
    }

    /**
     * The percentile {@code p} of the minutes, interpolated between the two ranks around {@code p ×
     * (n − 1)} as SQL's {@code percentile_cont}; null for no measures.
     */
    public Double percentile(double p) {
      if (count == 0) {
        return null;
      }
      var position = p * (count - 1);
      var below = (int) Math.floor(position);
      var above = (int) Math.ceil(position);
      return minutes[below] + (position - below) * (minutes[above] - minutes[below]);
    }
  }
}
