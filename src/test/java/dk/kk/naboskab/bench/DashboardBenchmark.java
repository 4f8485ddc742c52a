package dk.kk.naboskab.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Holds the figures pages to the raw SQL for the same figures: each page is fetched over HTTP,
 * signed in, as its reader meets it (the services, JSF, the network), and the plain SQL that
 * computes exactly the figures it shows is run over JDBC on the same database, alternately, after a
 * warm-up. Prints the median of each and their ratio; the goal is at most {@value #GOAL}.
 *
 * <p>Run by {@code mvn -Pbench} on a database grown by {@code ScaleData}.
 */
public final class DashboardBenchmark {
  /** The dashboard may take at most this many times the raw SQL. */
  public static final double GOAL = 1.5;

  private static final int WARM_UP = 3;
  private static final int ROUNDS = 15;
  private static final String[] CLOCKS = {"ack", "reply", "resolution"};

  private final URI portal;
  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;

  public DashboardBenchmark(URI portal, String jdbcUrl, String dbUser, String dbPassword) {
    this.portal = portal;
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
  }

  /** One raw statement and its arguments in order. */
  private record Query(String sql, List<Object> args) {
    Query(String sql, Object... args) {
      this(sql, List.of(args));
    }
  }

  /** One page and the raw statements for its figures. */
  private record Case(String name, String user, String path, List<Query> queries) {}

  /**
   * @return the largest ratio of page to raw SQL
   */
  public double run() throws Exception {
    try (var db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
      var today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
      var from = Date.valueOf(today.minusMonths(11).withDayOfMonth(1));
      var to = Date.valueOf(today.withDayOfMonth(1));
      var association = number(db, "select id from housing_association where code = 'AMH'");
      System.out.printf(
          "[naboskab] Bench: %,d concerns (%,d filed in the last 12 months), %,d tenants,"
              + " %,d measured%n",
          number(db, "select count(*) from concern"),
          number(
              db,
              "select count(*) from concern_measure where filed_month >= '"
                  + from
                  + "' and filed_month <= '"
                  + to
                  + "'"),
          number(db, "select count(*) from tenant"),
          number(db, "select count(*) from concern_measure"));
      var stale =
          " left join concern_measure m on m.concern_id = c.id"
              + " where (m.concern_id is null or m.concern_version <> c.version)";
      System.out.printf(
          "[naboskab] Bench: the keeper's look for changed concerns: %.0f ms comparing every"
              + " concern (start-up, hourly), %.1f ms for the last 15 minutes' changes (each"
              + " minute)%n",
          timeMillis(
              db,
              List.of(
                  new Query("select c.id from concern c" + stale + " order by c.id limit 500"))),
          timeMillis(
              db,
              List.of(
                  new Query(
                      "select c.id from concern c force index (concern_changed)"
                          + stale
                          + " and c.changed_at >= now(6) - interval 15 minute"
                          + " order by c.id limit 500"))));
      var cases =
          List.of(
              new Case(
                  "Svartider, koordinator: 12 mdr. pr. enhed + månedstrend",
                  "karin",
                  "insight/response-times.xhtml",
                  responseTimesSql(List.of(from, to))),
              new Case(
                  "Svartider, boligselskab (AMH): 12 mdr. pr. måned",
                  "hanne",
                  "insight/response-times.xhtml",
                  responseTimesSql(List.of(from, to, association))),
              new Case(
                  "Sagsbelastning: enheder, medarbejdere, henvendelser pr. 100",
                  "karin",
                  "insight/caseload.xhtml",
                  caseloadSql(Date.valueOf(today), from, to)),
              new Case(
                  "Fastholdelse: pr. støttespor, anvist de seneste 4 år",
                  "karin",
                  "insight/retention.xhtml",
                  List.of(
                      retentionSql(
                          Date.valueOf(today),
                          Date.valueOf(LocalDate.of(today.getYear() - 3, 1, 1)),
                          Date.valueOf(LocalDate.of(today.getYear(), 12, 31))))));
      var worst = 0.0;
      var pageTotal = 0.0;
      var sqlTotal = 0.0;
      System.out.printf(
          "[naboskab] Bench: %-60s %9s %9s %6s %9s %9s%n",
          "page (median of " + ROUNDS + ")", "page ms", "SQL ms", "ratio", "page min", "SQL min");
      var keptLines = new java.util.ArrayList<String>();
      for (var c : cases) {
        var session = Session.signIn(portal, c.user());
        var page = portal.resolve(c.path());
        for (var i = 0; i < WARM_UP; i++) {
          session.get(page);
          timeMillis(db, c.queries());
        }
        var pageTimes = new double[ROUNDS];
        var sqlTimes = new double[ROUNDS];
        for (var i = 0; i < ROUNDS; i++) {
          // A measure changed before each fetch: the page computes its figures, as after each of
          // the keeper's ticks, instead of answering with what it kept (ADR 30).
          touchAMeasure(db);
          pageTimes[i] = session.timeMillis(page);
          sqlTimes[i] = timeMillis(db, c.queries());
        }
        if (c.path().contains("response-times")) {
          var kept = new double[ROUNDS];
          session.get(page);
          for (var i = 0; i < ROUNDS; i++) {
            kept[i] = session.timeMillis(page);
          }
          keptLines.add(
              String.format(
                  "[naboskab] Bench: %-60s %9.1f ms, no measure changed (kept figures)",
                  c.name(), median(kept)));
        }
        var pageMedian = median(pageTimes);
        var sqlMedian = median(sqlTimes);
        var ratio = pageMedian / sqlMedian;
        worst = Math.max(worst, ratio);
        pageTotal += pageMedian;
        sqlTotal += sqlMedian;
        System.out.printf(
            "[naboskab] Bench: %-60s %9.1f %9.1f %6.2f %9.1f %9.1f%n",
            c.name(),
            pageMedian,
            sqlMedian,
            ratio,
            Arrays.stream(pageTimes).min().orElseThrow(),
            Arrays.stream(sqlTimes).min().orElseThrow());
      }
      keptLines.forEach(System.out::println);
      System.out.printf(
          "[naboskab] Bench: all pages together %.0f ms against %.0f ms of SQL: %.2f%n",
          pageTotal, sqlTotal, pageTotal / sqlTotal);
      System.out.printf(
          "[naboskab] Bench: largest ratio %.2f (goal ≤ %.1f per page): %s%n",
          worst, GOAL, worst <= GOAL ? "met" : "NOT MET");
      return worst;
    }
  }

  /**
   * Per clock: median, 90th percentile and share within target, by unit and by month for the
   * municipality, by month for one association (a third argument).
   */
  private static List<Query> responseTimesSql(List<Object> args) {
    var ownAssociation = args.size() == 3;
    var statements = new ArrayList<Query>();
    for (var clock : CLOCKS) {
      for (var group : ownAssociation ? List.of("month") : List.of("unit", "month")) {
        var key = group.equals("unit") ? "m.unit_id" : "m.filed_month";
        statements.add(
            new Query(
                "select g, count(*), max(med), max(p90), avg(met) from (select "
                    + key
                    + " as g, m."
                    + clock
                    + "_met as met, percentile_cont(0.5) within group (order by m."
                    + clock
                    + "_minutes) over (partition by "
                    + key
                    + ") as med, percentile_cont(0.9) within group (order by m."
                    + clock
                    + "_minutes) over (partition by "
                    + key
                    + ") as p90 from concern_measure m where m."
                    + clock
                    + "_minutes is not null and m.filed_month >= ? and m.filed_month <= ?"
                    + (ownAssociation ? " and m.association_id = ?" : "")
                    + ") x group by g",
                args));
      }
    }
    statements.add(backlogSql(ownAssociation ? args.get(2) : null));
    return statements;
  }

  /**
   * The backlog chart's figures (OpenConcerns): at each of the last twelve months' ends and now,
   * the concerns open then and of those the overdue ones — read once, held against the moments.
   */
  private static Query backlogSql(Object association) {
    var now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
    var month = java.time.YearMonth.now();
    var moments = new ArrayList<Object>();
    for (int i = 11; i >= 1; i--) {
      moments.add(java.sql.Timestamp.valueOf(month.minusMonths(i - 1).atDay(1).atStartOfDay()));
    }
    moments.add(java.sql.Timestamp.valueOf(now));
    var args = new ArrayList<Object>(moments);
    args.add(moments.get(0));
    args.add(moments.get(moments.size() - 1));
    if (association != null) {
      args.add(association);
    }
    return new Query(
        "select straight_join m.t, count(*), sum((x.ack_due_at <= m.t and (c.acknowledged_at is"
            + " null or c.acknowledged_at > m.t)) or (x.reply_due_at <= m.t and (c.first_reply_at"
            + " is null or c.first_reply_at > m.t))) from concern c left join concern_measure x"
            + " on x.concern_id = c.id join ("
            + String.join(
                " union all ",
                java.util.Collections.nCopies(moments.size(), "select cast(? as datetime(6)) t"))
            + ") m on c.filed_at <= m.t and (c.resolved_at is null or c.resolved_at > m.t)"
            + " where (c.resolved_at is null or c.resolved_at > ?) and c.filed_at <= ?"
            + (association != null ? " and c.association_id = ?" : "")
            + " group by m.t",
        args);
  }

  /** Tenants per worker, per unit and type, and concerns per department per 100 tenants. */
  private static List<Query> caseloadSql(Date today, Date from, Date to) {
    var active =
        "select a.worker_id, count(distinct a.tenant_id) as tenants from assignment a"
            + " join tenant t on t.id = a.tenant_id where a.from_date <= ?"
            + " and (a.until_date is null or a.until_date >= ?)"
            + " and (t.tenancy_end_date is null or t.tenancy_end_date > ?)"
            + " group by a.worker_id";
    return List.of(
        new Query(
            "select w.name, w.fte, l.tenants from worker w left join ("
                + active
                + ") l on l.worker_id = w.id where w.active",
            today,
            today,
            today),
        new Query(
            "select w.unit_id, w.worker_type, count(*), sum(w.fte), sum(l.tenants) from worker w"
                + " left join ("
                + active
                + ") l on l.worker_id = w.id where w.active group by w.unit_id, w.worker_type",
            today,
            today,
            today),
        new Query(
            "select d.id, h.tenants, c.concerns from department d"
                + " left join (select department_id, count(*) as tenants from tenant"
                + "   where move_in_date <= ? and (tenancy_end_date is null or tenancy_end_date > ?)"
                + "   group by department_id) h on h.department_id = d.id"
                + " left join (select department_id, count(*) as concerns from concern_measure"
                + "   where filed_month >= ? and filed_month <= ? group by department_id) c"
                + "   on c.department_id = d.id",
            today,
            today,
            from,
            to));
  }

  /** Referred, housed at 6, 12 and 24 months, evicted, per support track. */
  private static Query retentionSql(Date today, Date from, Date to) {
    var marks = new StringBuilder();
    for (var months : new int[] {6, 12, 24}) {
      var reached = "move_in_date <= date_sub(?, interval " + months + " month)";
      marks
          .append(", sum(")
          .append(reached)
          .append("), sum(")
          .append(reached)
          .append(" and (tenancy_end_date is null or tenancy_end_date > date_add(move_in_date,")
          .append(" interval ")
          .append(months)
          .append(" month)))");
    }
    return new Query(
        "select support_track, count(*)"
            + marks
            + ", sum(tenancy_end_reason = 'EVICTED') from tenant"
            + " where (tenancy_end_reason is null or tenancy_end_reason <> 'DIED')"
            + " and referral_date >= ? and referral_date <= ? group by support_track",
        today,
        today,
        today,
        today,
        today,
        today,
        from,
        to);
  }

  /** Runs the statements one after another, each reading all its rows. */
  /** Moves the newest measure's time, as the keeper's next write would. */
  private static void touchAMeasure(Connection db) throws SQLException {
    try (var statement = db.createStatement()) {
      statement.executeUpdate(
          "update concern_measure set measured_at = current_timestamp(6)"
              + " order by concern_id desc limit 1");
    }
  }

  private static double timeMillis(Connection db, List<Query> queries) throws SQLException {
    var started = System.nanoTime();
    for (var query : queries) {
      try (var s = db.prepareStatement(query.sql())) {
        for (var i = 0; i < query.args().size(); i++) {
          s.setObject(i + 1, query.args().get(i));
        }
        try (var rs = s.executeQuery()) {
          var columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (var col = 1; col <= columns; col++) {
              rs.getObject(col);
            }
          }
        }
      }
    }
    return (System.nanoTime() - started) / 1e6;
  }

  private static long number(Connection db, String sql) throws SQLException {
    try (var s = db.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double median(double[] values) {
    var sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Cookies kept per host and name, whatever their domain, path or secure flag say: enough for one
   * sign-in over plain HTTP on the loopback ({@code java.net.CookieManager} drops the portal's
   * cookies on "localhost").
   */
  static final class HostCookies extends CookieHandler {
    private final java.util.Map<String, java.util.Map<String, String>> byHost =
        new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Map<String, List<String>> get(
        URI uri, java.util.Map<String, List<String>> requestHeaders) {
      var cookies = byHost.getOrDefault(uri.getHost(), java.util.Map.of());
      if (cookies.isEmpty()) {
        return java.util.Map.of();
      }
      var header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header
                  .append(header.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      return java.util.Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public void put(URI uri, java.util.Map<String, List<String>> responseHeaders) {
      var cookies =
          byHost.computeIfAbsent(
              uri.getHost(), h -> new java.util.concurrent.ConcurrentHashMap<>());
      responseHeaders.forEach(
          (header, values) -> {
            if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
              for (var value : values) {
                var pair = value.split(";", 2)[0];
                var eq = pair.indexOf('=');
                if (eq > 0) {
                  var name = pair.substring(0, eq).trim();
                  var content = pair.substring(eq + 1).trim();
                  if (content.isEmpty()
                      || value.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                  } else {
                    cookies.put(name, content);
                  }
                }
              }
            }
          });
    }
  }

  /** A browser-less sign-in through Keycloak's login form; the session's cookies kept. */
  static final class Session {
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private final HttpClient http;

    private Session(HttpClient http) {
      this.http = http;
    }

    static Session signIn(URI portal, String user) throws IOException, InterruptedException {
      var http =
          HttpClient.newBuilder()
              .cookieHandler(new HostCookies())
              .followRedirects(HttpClient.Redirect.ALWAYS)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      var login =
          http.send(HttpRequest.newBuilder(portal).build(), HttpResponse.BodyHandlers.ofString());
      var action = FORM_ACTION.matcher(login.body());
      if (!action.find()) {
        throw new IllegalStateException("no sign-in form at " + login.uri());
      }
      var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
      var signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (signedIn.statusCode() != 200 || signedIn.uri().getPort() != portal.getPort()) {
        throw new IllegalStateException(user + " could not sign in: " + signedIn.uri());
      }
      return new Session(http);
    }

    String get(URI page) throws IOException, InterruptedException {
      var response =
          http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.uri().getPath().equals(page.getPath())) {
        throw new IllegalStateException(
            page + " answered " + response.statusCode() + " at " + response.uri());
      }
      return response.body();
    }

    double timeMillis(URI page) throws IOException, InterruptedException {
      var started = System.nanoTime();
      get(page);
      return (System.nanoTime() - started) / 1e6;
    }
  }
}
