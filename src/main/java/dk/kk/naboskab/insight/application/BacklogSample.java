package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.shared.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The concerns open, and of those overdue, at given moments: one statement over the concerns open
 * at some moment of the window. Plain JDBC, so the keeper can count again outside any request
 * ({@link KeptFigures#refresh()}).
 */
@ApplicationScoped
public class BacklogSample {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * Per moment (whole seconds, in order): how many concerns were open then and how many of those
   * overdue. A moment without an open concern has no entry.
   *
   * @param unitId the unit to keep to, or null for all
   * @param associationId the association to keep to, or null for all
   * @param categoryId the category to keep to, or null for all
   */
  public Map<Instant, long[]> count(
      List<Instant> moments, Long unitId, Long associationId, Long categoryId) {
    var table =
        String.join(
            " union all ",
            Collections.nCopies(moments.size(), "select cast(? as datetime(6)) as t"));
    // What it counts: per moment, the concerns filed by then and not resolved by then, and of
    // those the ones past the deadline of an acknowledgement or a first reply not given by then.
    // Only concerns open at some moment of the window take part (resolved after its start, or not
    // at all: the index on resolved_at finds them), so ten years of history cost nothing here.
    // Each of them is read once and held against the moments in memory (straight_join: concerns
    // first); the other way round MariaDB read them again for every moment, 3.5 times as slow at
    // a million concerns.
    var sql =
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
            .formatted(table);
    var counted = new HashMap<Instant, long[]>();
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      var p = 0;
      for (var moment : moments) {
        statement.setTimestamp(++p, timestamp(moment));
      }
      statement.setTimestamp(++p, timestamp(moments.get(0)));
      statement.setTimestamp(++p, timestamp(moments.get(moments.size() - 1)));
      for (var value : new Long[] {unitId, associationId, categoryId}) {
        for (var twice = 0; twice < 2; twice++) {
          if (value == null) {
            statement.setNull(++p, Types.BIGINT);
          } else {
            statement.setLong(++p, value);
          }
        }
      }
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          var moment = rows.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
          counted.put(moment, new long[] {rows.getLong(2), rows.getLong(3)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting the open concerns failed", e);
    }
    return Collections.unmodifiableMap(counted);
  }

  private static Timestamp timestamp(Instant moment) {
    return Timestamp.valueOf(moment.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }
}
