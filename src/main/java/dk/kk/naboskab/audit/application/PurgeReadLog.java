package dk.kk.naboskab.audit.application;

import dk.kk.naboskab.shared.Setting;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Deletes the read log's rows older than the retention policy keeps them ({@code
 * NABOSKAB_RETENTION_LOG_YEARS}, ADR 22/25), with their seals, from the oldest end of the chain —
 * so what stays is still one unbroken chain, whose first seal the verifier trusts. The portal's own
 * database account cannot delete the log; this command runs as the schema's owner:
 *
 * <pre>
 * java -cp "WEB-INF/classes:WEB-INF/lib/*" dk.kk.naboskab.audit.application.PurgeReadLog
 * </pre>
 *
 * with {@code NABOSKAB_DB_URL}, {@code NABOSKAB_DB_SCHEMA_USER}, {@code
 * NABOSKAB_DB_SCHEMA_PASSWORD} (and {@code NABOSKAB_RETENTION_LOG_YEARS}, default 5) set.
 */
public final class PurgeReadLog {
  /** Seals and rows per transaction. */
  static final int BATCH = 10_000;

  private PurgeReadLog() {}

  public static void main(String[] args) {
    var url = System.getenv(Setting.DB_URL.env());
    var user = System.getenv(Setting.DB_SCHEMA_USER.env());
    var password = System.getenv(Setting.DB_SCHEMA_PASSWORD.env());
    var years =
        java.util.Optional.ofNullable(System.getenv(Setting.RETENTION_LOG_YEARS.env()))
            .orElse(Setting.RETENTION_LOG_YEARS.defaultValue().orElseThrow());
    if (url == null || user == null || password == null || !years.matches("[1-9][0-9]?")) {
      System.err.println(
          "Set "
              + Setting.DB_URL.env()
              + ", "
              + Setting.DB_SCHEMA_USER.env()
              + " and "
              + Setting.DB_SCHEMA_PASSWORD.env()
              + " (the schema's owner), and "
              + Setting.RETENTION_LOG_YEARS.env()
              + " as a whole number of years if not 5.");
      System.exit(2);
    }
    try (var connection = DriverManager.getConnection(url, user, password)) {
      LocalDateTime cutoff;
      try (var s = connection.createStatement();
          var rows = s.executeQuery("select current_timestamp(6) - interval " + years + " year")) {
        rows.next();
        cutoff = rows.getObject(1, LocalDateTime.class);
      }
      run(connection, cutoff, System.out);
      System.exit(0);
    } catch (SQLException e) {
      System.err.println("Could not purge the read log: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Deletes the seals before the first one whose row was written at or after {@code cutoff} (the
   * database's clock), and their rows.
   *
   * @return how many rows it deleted
   */
  public static long run(Connection connection, LocalDateTime cutoff, PrintStream out)
      throws SQLException {
    connection.setAutoCommit(false);
    long firstKept;
    try (var statement =
        connection.prepareStatement(
            "select coalesce(min(s.seq), (select coalesce(max(seq), 0) + 1 from audit_seal))"
                + " from audit_seal s join audit_event e on e.id = s.event_id"
                + " where e.logged_at >= ?")) {
      statement.setObject(1, cutoff);
      try (var rows = statement.executeQuery()) {
        rows.next();
        firstKept = rows.getLong(1);
      }
    }
    long deleted = 0;
    try (var rows =
            connection.prepareStatement(
                "delete e from audit_event e join audit_seal s on s.event_id = e.id"
                    + " where s.seq < ? and s.seq >= ?");
        var seals =
            connection.prepareStatement("delete from audit_seal where seq < ? and seq >= ?");
        var lowest = connection.prepareStatement("select coalesce(min(seq), 0) from audit_seal")) {
      long from;
      try (var r = lowest.executeQuery()) {
        r.next();
        from = r.getLong(1);
      }
      while (from < firstKept) {
        var to = Math.min(firstKept, from + BATCH);
        rows.setLong(1, to);
        rows.setLong(2, from);
        deleted += rows.executeUpdate();
        seals.setLong(1, to);
        seals.setLong(2, from);
        seals.executeUpdate();
        connection.commit();
        from = to;
      }
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
    out.println(
        deleted
            + " read log row(s) written before "
            + cutoff
            + " deleted; the chain starts at seal "
            + firstKept);
    return deleted;
  }
}
