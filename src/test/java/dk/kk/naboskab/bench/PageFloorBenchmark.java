package dk.kk.naboskab.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the busiest pages to their floor at scale: each page fetched over HTTP as its reader meets
 * it, alternated with the raw SQL that reads the same rows over JDBC (goal: at most {@value
 * #FLOOR_GOAL}×); and the inbox's throughput against a bare PrimeFaces page of 25 × 8 cells from
 * memory on the same Payara, no database, no security (goal: at least {@value #BARE_GOAL}).
 *
 * <p>Run by {@code mvn -Pbench} after {@link DashboardBenchmark}, on the database {@code ScaleData}
 * grew.
 */
public final class PageFloorBenchmark {
  public static final double FLOOR_GOAL = 3.0;
  public static final double BARE_GOAL = 0.5;

  private static final int WARM_UP = 3;
  private static final int ROUNDS = 15;
  static final int CLIENTS = 4;
  static final Duration SPELL = Duration.ofSeconds(15);

  private static final String OPEN =
      "c.status in ('NEW', 'ACKNOWLEDGED', 'AWAITING_INFO', 'REOPENED')";

  private final URI portal;
  private final URI bare;
  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;

  public PageFloorBenchmark(
      URI portal, URI bare, String jdbcUrl, String dbUser, String dbPassword) {
    this.portal = portal;
    this.bare = bare;
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
  }

  /** A page, its reader and the raw SQL that reads the rows it shows. */
  private record Case(String name, String user, String path, List<String> sql) {}

  /** Whether every goal was met. */
  public boolean run() throws Exception {
    try (var db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
      var bo = longs(db, "select id, unit_id from worker where username = 'bo'");
      var karinUnit = longs(db, "select id from unit where code = 'AMAGER'")[0];
      var hanneAssociation = longs(db, "select id from housing_association where code = 'AMH'")[0];
      var longest =
          string(
              db,
              "select c.public_id from concern c join concern_event e on e.concern_id = c.id"
                  + " where c.assignee_worker_id = "
                  + bo[0]
                  + " group by c.id order by count(*) desc limit 1");
      var cases =
          List.of(
              new Case(
                  "Indbakke (bo, mine åbne)",
                  "bo",
                  "concern/inbox.xhtml",
                  List.of(
                      rowsOfConcerns("c.assignee_worker_id = " + bo[0] + " and " + OPEN),
                      "select count(*) from concern c where c.assignee_worker_id = "
                          + bo[0]
                          + " and "
                          + OPEN,
                      "select count(*) from concern c where c.assignee_worker_id is null"
                          + " and c.unit_id = "
                          + bo[1]
                          + " and "
                          + OPEN)),
              new Case(
                  "Borgeroversigt (karin, alle)",
                  "karin",
                  "tenancy/tenants.xhtml",
                  List.of(
                      "select t.id, t.first_name, t.last_name, t.address, d.name, t.move_in_date"
                          + " from tenant t join department d on d.id = t.department_id"
                          + " join district di on di.id = d.district_id where di.unit_id = "
                          + karinUnit
                          + " order by t.last_name, t.first_name, t.id limit 25",
                      "select count(*) from tenant t join department d on d.id = t.department_id"
                          + " join district di on di.id = d.district_id where di.unit_id = "
                          + karinUnit)),
              new Case(
                  "Sag med længst tidslinje (bo)",
                  "bo",
                  "concern/concern.xhtml?id=" + longest,
                  List.of(
                      "select c.*, t.first_name, t.last_name, t.address from concern c"
                          + " join tenant t on t.id = c.tenant_id where c.public_id = '"
                          + longest
                          + "'",
                      "select e.* from concern_event e join concern c on c.id = e.concern_id"
                          + " where c.public_id = '"
                          + longest
                          + "' order by e.occurred_at, e.id")),
              new Case(
                  "Mine henvendelser (hanne)",
                  "hanne",
                  "concern/ours.xhtml",
                  List.of(
                      rowsOfConcerns("c.association_id = " + hanneAssociation + " and " + OPEN),
                      "select count(*) from concern c where c.association_id = "
                          + hanneAssociation
                          + " and "
                          + OPEN)));
      var met = true;
      // What any page costs before its content: the layout with a page of text, signed in; and
      // the bare page. Each page's time less the layout's is what its content costs.
      var reader = DashboardBenchmark.Session.signIn(portal, "bo");
      var accessibility = portal.resolve("accessibility.xhtml");
      var layout = median(times(() -> reader.get(accessibility)));
      var anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      var barePage = times(() -> bareGet(anonymous));
      System.out.printf(
          "%nPAGES AGAINST THEIR FLOOR (median of %d, goal ≤ %.1f×)%n"
              + "  %-32s page %7.1f ms   (what every page costs before its content)%n"
              + "  %-32s page %7.1f ms%n",
          ROUNDS,
          FLOOR_GOAL,
          "Layout alone (bo, tilgængelighed)",
          layout,
          "Bare PrimeFaces page",
          median(barePage));
      for (var c : cases) {
        var session = DashboardBenchmark.Session.signIn(portal, c.user());
        var page = portal.resolve(c.path());
        var pageMs = new double[ROUNDS];
        var sqlMs = new double[ROUNDS];
        for (var i = -WARM_UP; i < ROUNDS; i++) {
          var p = session.timeMillis(page);
          var s = timeSql(db, c.sql());
          if (i >= 0) {
            pageMs[i] = p;
            sqlMs[i] = s;
          }
        }
        var ratio = median(pageMs) / median(sqlMs);
        met &= ratio <= FLOOR_GOAL;
        System.out.printf(
            "  %-32s page %7.1f ms   raw SQL %7.1f ms   %5.1f×  %s   content %5.1f ms%n",
            c.name(),
            median(pageMs),
            median(sqlMs),
            ratio,
            ratio <= FLOOR_GOAL ? "ok" : "OVER",
            median(pageMs) - layout);
      }
      met &= throughput();
      return met;
    }
  }

  /** A request's times in ms, made {@value #ROUNDS} times after {@value #WARM_UP} to warm up. */
  private static double[] times(java.util.concurrent.Callable<?> request) throws Exception {
    var times = new double[ROUNDS];
    for (var i = -WARM_UP; i < ROUNDS; i++) {
      var started = System.nanoTime();
      request.call();
      if (i >= 0) {
        times[i] = (System.nanoTime() - started) / 1e6;
      }
    }
    return times;
  }

  /**
   * The inbox's requests per second against the bare page's, alternated twice; between them the
   * portal's layout alone (the accessibility statement: header, footer, a page of text, no data)
   * read by the same signed-in people — what every page of the portal costs before its content.
   */
  private boolean throughput() throws Exception {
    var inboxSessions = new ArrayList<DashboardBenchmark.Session>();
    for (var i = 0; i < CLIENTS; i++) {
      inboxSessions.add(DashboardBenchmark.Session.signIn(portal, "bo"));
    }
    var inbox = portal.resolve("concern/inbox.xhtml");
    var layout = portal.resolve("accessibility.xhtml");
    var anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long inboxDone = 0;
    long layoutDone = 0;
    long bareDone = 0;
    spell(i -> inboxSessions.get(i).get(inbox)); // warm-up
    spell(i -> inboxSessions.get(i).get(layout));
    spell(i -> bareGet(anonymous));
    for (var round = 0; round < 2; round++) {
      inboxDone += spell(i -> inboxSessions.get(i).get(inbox));
      layoutDone += spell(i -> inboxSessions.get(i).get(layout));
      bareDone += spell(i -> bareGet(anonymous));
    }
    var seconds = 2.0 * SPELL.toSeconds();
    var bare = bareDone / seconds;
    var ratio = (inboxDone / seconds) / bare;
    System.out.printf(
        "%nTHROUGHPUT, %d clients, 2 × %d s each, alternated%n"
            + "  inbox (bo)             %7.1f requests/s%n"
            + "  layout alone (bo)      %7.1f requests/s   ÷ bare %.2f%n"
            + "  bare PrimeFaces        %7.1f requests/s%n"
            + "  inbox ÷ bare           %7.2f  (goal ≥ %.1f) %s%n",
        CLIENTS,
        SPELL.toSeconds(),
        inboxDone / seconds,
        layoutDone / seconds,
        (layoutDone / seconds) / bare,
        bare,
        ratio,
        BARE_GOAL,
        ratio >= BARE_GOAL ? "ok" : "UNDER");
    return ratio >= BARE_GOAL;
  }

  private String bareGet(HttpClient http) throws Exception {
    var response =
        http.send(HttpRequest.newBuilder(bare).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || !response.body().contains("Beboer 24")) {
      throw new IllegalStateException("the bare page answered " + response.statusCode());
    }
    return response.body();
  }

  /** A request a client repeats. */
  interface Call {
    Object call(int client) throws Exception;
  }

  /** How many requests {@link #CLIENTS} clients completed in one spell. */
  static long spell(Call call) throws Exception {
    return spell(CLIENTS, call);
  }

  /** How many requests so many clients completed in one spell. */
  static long spell(int clients, Call call) throws Exception {
    var done = new AtomicLong();
    var deadline = System.nanoTime() + SPELL.toNanos();
    var pool = Executors.newFixedThreadPool(clients);
    try {
      var futures = new ArrayList<java.util.concurrent.Future<?>>();
      for (var i = 0; i < clients; i++) {
        var client = i;
        futures.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    call.call(client);
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return done.get();
  }

  /**
   * The rows of a concern list as its page shows them — who, where, whose, what, how urgent — the
   * cheapest way: the page of 25 first, then what the rows name.
   */
  private static String rowsOfConcerns(String where) {
    return "select c.public_id, c.version, c.urgency, c.filed_at, t.first_name, t.last_name,"
        + " t.address, a.name, cat.name_da, c.status, w.name from (select * from concern c where "
        + where
        + " order by c.filed_at desc, c.id desc limit 25) c"
        + " join tenant t on t.id = c.tenant_id"
        + " join housing_association a on a.id = c.association_id"
        + " join category cat on cat.id = c.category_id"
        + " left join worker w on w.id = c.assignee_worker_id"
        + " order by c.filed_at desc, c.id desc";
  }

  private static double timeSql(Connection db, List<String> sql) throws SQLException {
    var started = System.nanoTime();
    for (var statement : sql) {
      try (var s = db.createStatement();
          var rs = s.executeQuery(statement)) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
    }
    return (System.nanoTime() - started) / 1e6;
  }

  private static long[] longs(Connection db, String sql) throws SQLException {
    try (var s = db.createStatement();
        var rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("nothing for " + sql);
      }
      var values = new long[rs.getMetaData().getColumnCount()];
      for (var i = 0; i < values.length; i++) {
        values[i] = rs.getLong(i + 1);
      }
      return values;
    }
  }

  private static String string(Connection db, String sql) throws SQLException {
    try (var s = db.createStatement();
        var rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("nothing for " + sql);
      }
      return rs.getString(1);
    }
  }

  private static double median(double[] values) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
