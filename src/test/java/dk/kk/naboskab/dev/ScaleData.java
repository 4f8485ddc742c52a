package dk.kk.naboskab.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Grows a database that holds the demo's tenants and concerns to the scale the figures are built
 * for: the concerns are copied back in time, about 75 days a round, until there are as many as
 * asked for (a million over ten years), each copy closed and resolved. Their {@code
 * concern_measure} rows are written here in SQL with durations drawn at random: the benchmark
 * measures reading the figures, not measuring concerns (that is {@code ClockBenchmark}'s).
 *
 * <p>Copies have no timeline events; they are there to be counted.
 */
final class ScaleData {
  private static final int DAYS_PER_ROUND = 75;

  private ScaleData() {}

  /**
   * @return how many concerns the database holds afterwards
   */
  static long grow(String jdbcUrl, String user, String password, long concerns)
      throws SQLException {
    try (var c = DriverManager.getConnection(jdbcUrl, user, password)) {
      c.setAutoCommit(true);
      var originals = count(c, "select max(id) from concern");
      if (originals == 0) {
        throw new IllegalStateException("no concerns to copy: seed the demo data first");
      }
      var rounds =
          (int)
              Math.ceil((concerns - count(c, "select count(*) from concern")) / (double) originals);
      for (var round = 1; round <= rounds; round++) {
        var missing = concerns - count(c, "select count(*) from concern");
        if (missing <= 0) {
          break;
        }
        copyRound(c, round, originals, missing);
        if (round % 10 == 0 || round == rounds) {
          System.out.printf(
              "[naboskab] Scale: %,d concerns (round %d of %d)%n",
              count(c, "select count(*) from concern"), round, rounds);
        }
      }
      measureCopies(c, originals);
      try (var s = c.createStatement()) {
        s.execute("analyze table concern, concern_measure, tenant, assignment");
      }
      return count(c, "select count(*) from concern");
    }
  }

  /**
   * One round: every original concern once more, {@code round × 75} days (and a little) earlier.
   */
  private static void copyRound(Connection c, int round, long originals, long missing)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into concern (public_id, tenant_id, association_id, unit_id, category_id,"
                + " urgency, description, happened_at, location, status, filed_by, filed_by_name,"
                + " filed_at, assignee_worker_id, route_explanation, acknowledged_at,"
                + " first_reply_at, resolved_at, outcome, version, changed_at)"
                + " select uuid(), c.tenant_id, c.association_id, c.unit_id, c.category_id,"
                + " c.urgency, c.description, null, c.location, 'CLOSED', c.filed_by,"
                + " c.filed_by_name, f.filed_at, c.assignee_worker_id, c.route_explanation,"
                + " f.filed_at + interval 2 hour, f.filed_at + interval 1 day,"
                + " f.filed_at + interval (3 + c.id % 20) day,"
                + " coalesce(c.outcome, 'HOME_VISIT'), 4, f.filed_at + interval (3 + c.id % 20) day"
                + " from concern c"
                + " join (select id, filed_at - interval (? + id % 30) day as filed_at"
                + "   from concern where id <= ?) f on f.id = c.id"
                + " order by c.id limit ?")) {
      s.setInt(1, round * DAYS_PER_ROUND);
      s.setLong(2, originals);
      s.setLong(3, Math.min(missing, originals));
      s.executeUpdate();
    }
  }

  /**
   * Every copy gets its measure: the real grouping keys, durations drawn at random (most within
   * target, a long tail), verdicts against the default targets in 8-hour days. The originals are
   * the portal's to measure, as always.
   */
  private static void measureCopies(Connection c, long originals) throws SQLException {
    var last = count(c, "select max(id) from concern");
    for (long from = originals; from < last; from += 100_000) {
      try (var s =
          c.prepareStatement(
              "insert into concern_measure (concern_id, concern_version, filed_at, filed_month,"
                  + " association_id, department_id, unit_id, category_id, urgency, worker_type,"
                  + " ack_minutes, ack_met, reply_minutes, reply_met, resolution_minutes,"
                  + " resolution_met)"
                  + " select d.id, d.version, d.filed_at, d.filed_month, d.association_id,"
                  + " d.department_id, d.unit_id, d.category_id, d.urgency, d.worker_type,"
                  + " d.ack, d.ack <= d.ack_target, d.reply, d.reply <= d.reply_target,"
                  + " d.resolution, if(d.urgency = 'ACUTE', null, d.resolution <= 9600)"
                  + " from (select c.id, c.version, c.filed_at,"
                  + "   date_format(convert_tz(c.filed_at, '+00:00', '+01:00'), '%Y-%m-01')"
                  + "     as filed_month,"
                  + "   c.association_id, t.department_id, c.unit_id, c.category_id, c.urgency,"
                  + "   w.worker_type,"
                  + "   floor(rand(c.id) * rand(c.id + 1) * 2400) as ack,"
                  + "   floor(rand(c.id) * rand(c.id + 1) * 2400"
                  + "     + rand(c.id + 2) * rand(c.id + 3) * 4800) as reply,"
                  + "   floor(rand(c.id) * rand(c.id + 1) * 2400 + rand(c.id + 2) * 4800"
                  + "     + rand(c.id + 4) * rand(c.id + 5) * 14400) as resolution,"
                  + "   case c.urgency when 'ACUTE' then 120 when 'URGENT' then 480 else 960 end"
                  + "     as ack_target,"
                  + "   case c.urgency when 'ACUTE' then 480 when 'URGENT' then 960 else 2400 end"
                  + "     as reply_target"
                  + "   from concern c join tenant t on t.id = c.tenant_id"
                  + "   left join worker w on w.id = c.assignee_worker_id"
                  + "   left join concern_measure m on m.concern_id = c.id"
                  + "   where c.id > ? and c.id <= ? and m.concern_id is null) d")) {
        s.setLong(1, from);
        s.setLong(2, from + 100_000);
        s.executeUpdate();
      }
    }
    System.out.printf(
        "[naboskab] Scale: %,d concerns measured%n",
        count(c, "select count(*) from concern_measure"));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
