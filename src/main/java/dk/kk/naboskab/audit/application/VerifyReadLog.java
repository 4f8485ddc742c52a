package dk.kk.naboskab.audit.application;

import dk.kk.naboskab.audit.domain.Chain;
import dk.kk.naboskab.shared.Setting;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The read log's verifier as a command, for an operator or a cron job beside the portal: walks the
 * whole chain in one snapshot and names the first broken row. It reads only, so the portal's own
 * database user is enough. Run from the WAR's classes (docs/operations.md, The read log):
 *
 * <pre>
 * java -cp "WEB-INF/classes:WEB-INF/lib/*" dk.kk.naboskab.audit.application.VerifyReadLog
 * </pre>
 *
 * with {@code NABOSKAB_DB_URL}, {@code NABOSKAB_DB_USER} and {@code NABOSKAB_DB_PASSWORD} set.
 * Exits 0 when the chain holds, 1 when it is broken, 2 when it could not be read.
 */
public final class VerifyReadLog {
  private VerifyReadLog() {}

  public static void main(String[] args) {
    var url = System.getenv(Setting.DB_URL.env());
    var user = System.getenv(Setting.DB_USER.env());
    var password = System.getenv(Setting.DB_PASSWORD.env());
    if (url == null || user == null || password == null) {
      System.err.println(
          "Set "
              + Setting.DB_URL.env()
              + ", "
              + Setting.DB_USER.env()
              + " and "
              + Setting.DB_PASSWORD.env()
              + " as for the portal.");
      System.exit(2);
    }
    try (var connection = DriverManager.getConnection(url, user, password)) {
      System.exit(run(connection, System.out));
    } catch (SQLException e) {
      System.err.println("Could not read the read log: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Verifies the chain on the connection and prints what it found.
   *
   * @return 0 when the chain holds and every row older than twice {@link ChainStore#LATE_COMMIT} is
   *     sealed, else 1
   */
  public static int run(Connection connection, PrintStream out) throws SQLException {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try {
      var verdict = ChainStore.verify(connection);
      var unsealed = ChainStore.unsealedOld(connection);
      out.println(describe(verdict, unsealed));
      return verdict.intact() && unsealed == 0 ? 0 : 1;
    } finally {
      connection.rollback();
    }
  }

  static String describe(Chain.Verdict verdict, long unsealed) {
    var text = new StringBuilder();
    var found = verdict.firstBreak();
    if (found.isPresent()) {
      var at = found.get();
      text.append("BROKEN at seal ")
          .append(at.seq())
          .append(" (log row ")
          .append(at.eventId())
          .append("): ")
          .append(at.fault())
          .append("; ");
    } else {
      text.append("INTACT: ");
    }
    text.append(verdict.checked())
        .append(" seal(s) checked, head ")
        .append(verdict.headSeq())
        .append(" ")
        .append(verdict.headHash());
    if (unsealed > 0) {
      text.append("; ").append(unsealed).append(" old row(s) without a seal");
    }
    return text.toString();
  }
}
