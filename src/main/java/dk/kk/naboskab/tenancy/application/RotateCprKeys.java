package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Re-encrypts every stored CPR number under the current key, in batches, while the portal runs (ADR
 * 6): each row is read, decrypted with whichever configured key made it, encrypted anew under the
 * current key bound to its tenant, given the current key's blind index, and written only if nobody
 * changed it meanwhile. Run it with the portal's own settings after the portal has been given the
 * new key as current and the old one among the earlier keys (docs/operations.md, Rotating the CPR
 * key):
 *
 * <pre>
 * java -cp "WEB-INF/classes:WEB-INF/lib/*" dk.kk.naboskab.tenancy.application.RotateCprKeys
 * </pre>
 *
 * Exits 0 when every row is under the current key, 1 when some could not be read, 2 on a setup
 * fault. Running it again is harmless: it only touches rows not yet rotated.
 */
public final class RotateCprKeys {
  /** Rows per transaction. */
  public static final int BATCH = 500;

  private RotateCprKeys() {}

  /** What a run did. */
  public record Result(int rotated, int changedMeanwhile, int unreadable) {}

  public static void main(String[] args) {
    var needed =
        java.util.List.of(
            Setting.DB_URL,
            Setting.DB_USER,
            Setting.DB_PASSWORD,
            Setting.CPR_KEY,
            Setting.CPR_KEY_VERSION,
            Setting.CPR_PREVIOUS_KEYS);
    var env = new java.util.HashMap<Setting, String>();
    needed.forEach(
        setting -> {
          var value = System.getenv(setting.env());
          if (value != null) {
            env.put(setting, value);
          }
        });
    // The portal's own rules for the settings this command reads; the others are not its business.
    var problems =
        Setting.problems(env::get).stream()
            .filter(p -> needed.stream().anyMatch(s -> p.startsWith(s.env() + " (")))
            .toList();
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.exit(2);
    }
    try (var connection =
        DriverManager.getConnection(
            env.get(Setting.DB_URL), env.get(Setting.DB_USER), env.get(Setting.DB_PASSWORD))) {
      var cipher =
          CprCipher.fromSettings(
              env.get(Setting.CPR_KEY),
              env.getOrDefault(Setting.CPR_KEY_VERSION, "1"),
              env.getOrDefault(Setting.CPR_PREVIOUS_KEYS, ""));
      var tenants = run(connection, cipher, BATCH, Long.MIN_VALUE, Long.MAX_VALUE, System.out);
      var stays = runStays(connection, cipher, BATCH, Long.MIN_VALUE, Long.MAX_VALUE, System.out);
      System.exit(tenants.unreadable() + stays.unreadable() == 0 ? 0 : 1);
    } catch (SQLException | IllegalArgumentException e) {
      System.err.println("Could not rotate the CPR keys: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Rotates the rows with ids from {@code fromId} to {@code toId} (all: the whole range) not yet
   * under the cipher's current key, {@code batch} rows a transaction.
   */
  public static Result run(
      Connection connection, CprCipher cipher, int batch, long fromId, long toId, PrintStream out)
      throws SQLException {
    return rotate(
        connection, cipher, batch, fromId, toId, out, "tenant", " and anonymised_at is null");
  }

  /**
   * As {@link #run}, for the shelter stays' numbers (#17), each bound to its stay: the pathway
   * keeps CPR numbers as the register does, so a key cannot go before both are rotated.
   */
  public static Result runStays(
      Connection connection, CprCipher cipher, int batch, long fromId, long toId, PrintStream out)
      throws SQLException {
    return rotate(connection, cipher, batch, fromId, toId, out, "stay", "");
  }

  /** {@code table} names both the table and the kind of row its numbers are bound to. */
  private static Result rotate(
      Connection connection,
      CprCipher cipher,
      int batch,
      long fromId,
      long toId,
      PrintStream out,
      String table,
      String condition)
      throws SQLException {
    connection.setAutoCommit(false);
    var prefix = "v" + cipher.currentVersion() + ":";
    var rotated = 0;
    var changed = 0;
    var unreadable = 0;
    var after = fromId == Long.MIN_VALUE ? Long.MIN_VALUE : fromId - 1;
    try (var select =
            connection.prepareStatement(
                "select id, cpr_encrypted from "
                    + table
                    + " where id > ? and id <= ? and cpr_encrypted not like ?"
                    + condition
                    + " order by id limit ?");
        var update =
            connection.prepareStatement(
                "update "
                    + table
                    + " set cpr_encrypted = ?, cpr_index = ? where id = ? and cpr_encrypted = ?")) {
      while (true) {
        select.setLong(1, after);
        select.setLong(2, toId);
        select.setString(3, prefix + "%");
        select.setInt(4, batch);
        var found = 0;
        try (var rows = select.executeQuery()) {
          while (rows.next()) {
            found++;
            var id = rows.getLong(1);
            var stored = rows.getString(2);
            after = id;
            try {
              var cpr = cipher.decrypt(stored, table, id);
              update.setString(1, cipher.encrypt(cpr, table, id));
              update.setString(2, cipher.index(cpr));
              update.setLong(3, id);
              update.setString(4, stored);
              if (update.executeUpdate() == 1) {
                rotated++;
              } else {
                changed++;
              }
            } catch (IllegalStateException e) {
              unreadable++;
              out.println(table + " " + id + ": " + e.getMessage());
            }
          }
        }
        connection.commit();
        if (found < batch) {
          break;
        }
        out.println("... " + rotated + " rotated so far");
      }
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
    out.println(
        rotated
            + " CPR number(s) of "
            + table
            + " rows now under key version "
            + cipher.currentVersion()
            + (changed > 0 ? "; " + changed + " changed meanwhile (run again)" : "")
            + (unreadable > 0
                ? "; " + unreadable + " could not be read with the configured keys"
                : ""));
    return new Result(rotated, changed, unreadable);
  }
}
