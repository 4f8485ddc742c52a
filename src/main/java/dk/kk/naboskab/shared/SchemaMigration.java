package dk.kk.naboskab.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version before anything else touches the database, as the schema
 * owner ({@link Setting#DB_SCHEMA_USER}); then grants the portal's own user what it needs table by
 * table — everything on the working tables, only SELECT and INSERT on the append-only ones — and
 * refuses to start if that user could still change the read log (ADR 22). Versioned SQL migrations
 * live in {@code db/migration}; the schema is never generated from the entities.
 */
@Startup
@Singleton
@DependsOn("StartupCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Tables the portal may only read and append to: the read log and its seals. */
  public static final Set<String> APPEND_ONLY = Set.of("audit_event", "audit_seal");

  /** MariaDB's ER_TABLEACCESS_DENIED_ERROR: "UPDATE command denied to user ...". */
  private static final int COMMAND_DENIED = 1142;

  /** Flyway's own table: the portal's user never changes it. */
  private static final String FLYWAY_HISTORY = "flyway_schema_history";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(
                Setting.DB_URL.value(),
                Setting.DB_SCHEMA_USER.value(),
                Setting.DB_SCHEMA_PASSWORD.value())
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    var applied = flyway.migrate().migrationsExecuted;
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + applied
                + " migrations applied now)");
    try (var portal = dataSource.getConnection();
        var owner =
            DriverManager.getConnection(
                Setting.DB_URL.value(),
                Setting.DB_SCHEMA_USER.value(),
                Setting.DB_SCHEMA_PASSWORD.value())) {
      var granted = grantTableByTable(owner, grantee(portal));
      LOG.info(() -> "Database grants: " + granted + " table(s) the portal may change");
      requireAppendOnly(portal);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not grant the portal's database user its tables: " + e.getMessage(), e);
    }
  }

  /** The portal's database account as MariaDB names it in a GRANT: {@code 'user'@'host'}. */
  private static String grantee(Connection portal) throws SQLException {
    try (var statement = portal.createStatement();
        var rows = statement.executeQuery("select current_user()")) {
      rows.next();
      var account = rows.getString(1);
      var at = account.lastIndexOf('@');
      return quoted(account.substring(0, at)) + "@" + quoted(account.substring(at + 1));
    }
  }

  private static String quoted(String part) {
    return "'" + part.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * UPDATE and DELETE on every table but the append-only ones and Flyway's; SELECT and INSERT the
   * account holds on the whole database (docs/operations.md), so a new table is readable at once.
   */
  private static int grantTableByTable(Connection owner, String grantee) throws SQLException {
    var tables = new ArrayList<String>();
    try (var statement =
            owner.prepareStatement(
                "select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'");
        var rows = statement.executeQuery()) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    var granted = 0;
    try (var statement = owner.createStatement()) {
      for (var table : tables) {
        if (APPEND_ONLY.contains(table) || FLYWAY_HISTORY.equals(table)) {
          continue;
        }
        statement.execute("grant update, delete on `" + table + "` to " + grantee);
        granted++;
      }
    }
    return granted;
  }

  /**
   * Tries, as the portal's own user, to change the append-only tables in a way that would change
   * nothing; MariaDB checks the privilege before it looks at a row, so "command denied" is the
   * answer wanted. Any other answer stops the start.
   */
  static void requireAppendOnly(Connection portal) throws SQLException {
    var allowed = new ArrayList<String>();
    for (var table : APPEND_ONLY) {
      for (var change :
          List.of(
              "update "
                  + table
                  + " set "
                  + firstColumn(table)
                  + " = "
                  + firstColumn(table)
                  + " where 1 = 0",
              "delete from " + table + " where 1 = 0")) {
        try (var statement = portal.createStatement()) {
          statement.executeUpdate(change);
          allowed.add(change.substring(0, change.indexOf(' ')).toUpperCase() + " " + table);
        } catch (SQLException denied) {
          if (denied.getErrorCode() != COMMAND_DENIED) {
            throw denied;
          }
        }
      }
    }
    if (!allowed.isEmpty()) {
      throw new IllegalStateException(
          Setting.DB_USER.env()
              + " may "
              + String.join(", ", allowed)
              + ": the read log must be append-only for the portal's user. Give it SELECT and"
              + " INSERT on the database and nothing more (docs/operations.md, Database grants);"
              + " "
              + Setting.DB_SCHEMA_USER.env()
              + " owns the schema.");
    }
  }

  private static String firstColumn(String table) {
    return "audit_event".equals(table) ? "actor" : "event_id";
  }
}
