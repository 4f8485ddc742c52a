package dk.kk.naboskab.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;

/**
 * What the read log costs a page (#16, ADR 22): the tenant page, whose every view writes one row,
 * served to {@value #CLIENTS} signed-in clients with the log as it is and with the log's table
 * swapped for an identical one kept in memory — the insert still made, but nothing written to disk,
 * no redo log, no flush at commit. Alternated twice, in the same run, on the same data.
 *
 * <p>Run by {@code mvn -Pbench} after {@link PageFloorBenchmark}. The swap needs the schema owner
 * (ALTER, DROP); the portal's own account cannot touch the log's table (ADR 22). Rows written while
 * swapped are copied back into the log afterwards, so the chain still holds every read.
 *
 * <p>MariaDB's BLACKHOLE engine (the insert itself gone) is not in the embedded server's build; the
 * figure therefore measures the log's storage, not its round trip, which the statement count of the
 * page (one of at most twelve) already bounds.
 */
public final class ReadLogBenchmark {
  private static final int CLIENTS = PageFloorBenchmark.CLIENTS;
  private static final Duration SPELL = PageFloorBenchmark.SPELL;
  private static final long ID_GAP = 1_000_000_000L;

  private final URI portal;
  private final String jdbcUrl;
  private final String owner;
  private final String ownerPassword;

  public ReadLogBenchmark(URI portal, String jdbcUrl, String owner, String ownerPassword) {
    this.portal = portal;
    this.jdbcUrl = jdbcUrl;
    this.owner = owner;
    this.ownerPassword = ownerPassword;
  }

  /** Prints the figures; the ratio is reported, not held to a goal (the issue asks for it). */
  public void run() throws Exception {
    if (owner == null || owner.isBlank()) {
      System.out.println(
          "\nREAD LOG'S COST: skipped, no schema owner (NABOSKAB_DB_SCHEMA_USER) set");
      return;
    }
    try (var db = DriverManager.getConnection(jdbcUrl, owner, ownerPassword)) {
      var tenant =
          number(
              db,
              "select t.id from tenant t join department d on d.id = t.department_id"
                  + " join district di on di.id = d.district_id join unit u on u.id = di.unit_id"
                  + " where u.code = 'AMAGER' and t.anonymised_at is null order by t.id limit 1");
      var sessions = new ArrayList<DashboardBenchmark.Session>();
      for (var i = 0; i < CLIENTS; i++) {
        sessions.add(DashboardBenchmark.Session.signIn(portal, "karin"));
      }
      var page = portal.resolve("tenancy/tenant.xhtml?id=" + tenant);
      execute(db, "drop table if exists audit_event_unlogged");
      execute(db, "create table audit_event_unlogged like audit_event");
      execute(
          db,
          "alter table audit_event_unlogged engine = MEMORY, auto_increment = "
              + (number(db, "select coalesce(max(id), 0) from audit_event") + ID_GAP));
      try {
        spell(sessions, page); // warm-up
        long logged = 0;
        long unlogged = 0;
        long rows = 0;
        for (var round = 0; round < 2; round++) {
          var before = readsOf(db, tenant);
          var served = spell(sessions, page);
          rows += readsOf(db, tenant) - before;
          logged += served;
          swap(db, true);
          try {
            unlogged += spell(sessions, page);
          } finally {
            swap(db, false);
          }
        }
        var seconds = 2.0 * SPELL.toSeconds();
        System.out.printf(
            "%nREAD LOG'S COST, tenant page (karin), %d clients, 2 × %d s each, alternated%n"
                + "  with the log (InnoDB, flushed at commit) %7.1f pages/s%n"
                + "  log kept in memory (no disk write)       %7.1f pages/s%n"
                + "  with ÷ without                           %7.2f%n"
                + "  log rows per page view (with the log)    %7.2f%n",
            CLIENTS,
            SPELL.toSeconds(),
            logged / seconds,
            unlogged / seconds,
            (double) logged / unlogged,
            (double) rows / logged);
      } finally {
        // What was read while swapped belongs in the log like every other read.
        execute(db, "insert into audit_event select * from audit_event_unlogged");
        execute(db, "drop table audit_event_unlogged");
      }
    }
  }

  /** Renames the tables in one atomic statement; in-flight inserts finish first. */
  private static void swap(Connection db, boolean toMemory) throws SQLException {
    execute(
        db,
        toMemory
            ? "rename table audit_event to audit_event_kept,"
                + " audit_event_unlogged to audit_event"
            : "rename table audit_event to audit_event_unlogged,"
                + " audit_event_kept to audit_event");
  }

  private static long readsOf(Connection db, long tenant) throws SQLException {
    return number(
        db,
        "select count(*) from audit_event where action = 'READ_TENANT' and tenant_id = " + tenant);
  }

  /** Pages served to the clients in one spell, each checked to be the page asked for. */
  private static long spell(java.util.List<DashboardBenchmark.Session> sessions, URI page)
      throws Exception {
    return PageFloorBenchmark.spell(client -> sessions.get(client).get(page));
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (var s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static long number(Connection db, String sql) throws SQLException {
    try (var s = db.createStatement();
        var rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("nothing for " + sql);
      }
      return rs.getLong(1);
    }
  }
}
