package dk.kk.naboskab.bench;

import dk.kk.naboskab.testsupport.ApiClient;
import jakarta.json.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Concerns filed per second through the REST API (#18) — the token check, the rate limit's upsert,
 * the idempotency key, scope, routing, the events, the notifications and their mails, in one
 * transaction each — by {@value #CLIENTS} concurrent clients, against the raw rate of the same rows
 * (the concern and its events, copied from one the API filed) inserted over JDBC by as many
 * threads, one transaction per concern. Alternated twice in one run; printed, not held to a goal in
 * a test (the goal: at least 30 %).
 */
public final class ApiBenchmark {
  static final int CLIENTS = 8;
  private static final Duration SPELL = PageFloorBenchmark.SPELL;
  public static final double GOAL = 0.30;

  private final URI portal;
  private final String issuer;
  private final String secret;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final String owner;
  private final String ownerPassword;

  /** The raw INSERTs' concerns, removed again after the run. */
  private final java.util.Queue<Long> copies = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /**
   * @param user the portal's database user, as the portal writes
   * @param owner the schema's owner, who removes the raw copies again
   */
  public ApiBenchmark(
      URI portal,
      String issuer,
      String secret,
      String jdbcUrl,
      String user,
      String password,
      String owner,
      String ownerPassword) {
    this.portal = portal;
    this.issuer = issuer;
    this.secret = secret;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.owner = owner;
    this.ownerPassword = ownerPassword;
  }

  /** Prints the figures; whether the API reached its goal. */
  public boolean run() throws Exception {
    var token = ApiClient.token(issuer, "amagerhus-system", secret);
    var api = ApiClient.withToken(portal, token);
    var tenants = new ArrayList<Long>();
    var page = api.get("tenants?size=100");
    if (page.status() != 200) {
      throw new IllegalStateException("the API's tenant list answered " + page);
    }
    page.json()
        .getJsonArray("items")
        .forEach(t -> tenants.add(t.asJsonObject().getJsonNumber("id").longValue()));
    var category = api.get("categories").array().getJsonObject(0).getJsonNumber("id").longValue();
    var first = file(api, tenants.get(0), category);
    long template;
    try (var db = DriverManager.getConnection(jdbcUrl, user, password)) {
      template = number(db, "select id from concern where public_id = '" + first + "'");
    }
    var concernColumns = columns("concern", "id", "public_id");
    var eventColumns = columns("concern_event", "id", "concern_id");

    spellApi(api, tenants, category); // warm-up
    spellRaw(template, concernColumns, eventColumns);
    long viaApi = 0;
    long raw = 0;
    for (var round = 0; round < 2; round++) {
      viaApi += spellApi(api, tenants, category);
      raw += spellRaw(template, concernColumns, eventColumns);
    }
    try {
      removeRawCopies();
    } catch (SQLException e) {
      System.out.printf("  (the raw copies could not be removed: %s)%n", e.getMessage());
    }
    var seconds = 2.0 * SPELL.toSeconds();
    var apiRate = viaApi / seconds;
    var rawRate = raw / seconds;
    var ratio = apiRate / rawRate;
    System.out.printf(
        "%nFILING THROUGH THE API (%d clients, 2 × %d s, alternated)%n"
            + "  API POST /api/v1/concerns   %8.1f concerns/s%n"
            + "  raw INSERT of the same rows %8.1f concerns/s%n"
            + "  API ÷ raw                   %8.2f   (goal ≥ %.2f)%n",
        CLIENTS, SPELL.toSeconds(), apiRate, rawRate, ratio, GOAL);
    return ratio >= GOAL;
  }

  private static String file(ApiClient api, long tenant, long category) throws Exception {
    var answer =
        api.post(
            "concerns",
            Json.createObjectBuilder()
                .add("tenantId", tenant)
                .add("categoryId", category)
                .add("urgency", "NORMAL")
                .add("description", "Støj fra lejligheden om natten (benchmark).")
                .build(),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    if (answer.status() != 201) {
      throw new IllegalStateException("a filing answered " + answer);
    }
    return answer.json().getString("id");
  }

  private static long spellApi(ApiClient api, List<Long> tenants, long category) throws Exception {
    return spell(
        client -> {
          file(api, tenants.get((int) (Math.random() * tenants.size())), category);
          return null;
        });
  }

  private long spellRaw(long template, String concernColumns, String eventColumns)
      throws Exception {
    var connections = new ArrayList<Connection>();
    try {
      for (var i = 0; i < CLIENTS; i++) {
        var c = DriverManager.getConnection(jdbcUrl, user, password);
        c.setAutoCommit(false);
        connections.add(c);
      }
      return spell(
          client -> {
            var c = connections.get(client);
            try (var concern =
                    c.prepareStatement(
                        "insert into concern (public_id, "
                            + concernColumns
                            + ") select ?, "
                            + concernColumns
                            + " from concern where id = ?",
                        java.sql.Statement.RETURN_GENERATED_KEYS);
                var events =
                    c.prepareStatement(
                        "insert into concern_event (concern_id, "
                            + eventColumns
                            + ") select ?, "
                            + eventColumns
                            + " from concern_event where concern_id = ? order by id")) {
              concern.setString(1, UUID.randomUUID().toString());
              concern.setLong(2, template);
              concern.executeUpdate();
              long id;
              try (var keys = concern.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
              }
              copies.add(id);
              events.setLong(1, id);
              events.setLong(2, template);
              events.executeUpdate();
              c.commit();
            }
            return null;
          });
    } finally {
      for (var c : connections) {
        c.close();
      }
    }
  }

  /**
   * Deletes the raw INSERTs' copies (tens of thousands of open concerns in one queue), so the
   * benchmarks after this one and the next run's — the data is kept between runs — see the scale
   * data as it was grown, not a queue swollen by earlier runs. The API's own filings stay: they
   * went through the portal (notifications, mails, the read log) like any other.
   */
  private void removeRawCopies() throws SQLException {
    var ids = new ArrayList<>(copies);
    try (var db = DriverManager.getConnection(jdbcUrl, owner, ownerPassword)) {
      for (var from = 0; from < ids.size(); from += 1_000) {
        var list =
            ids.subList(from, Math.min(ids.size(), from + 1_000)).stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        try (var statement = db.createStatement()) {
          for (var table : List.of("concern_measure", "concern_event")) {
            statement.executeUpdate("delete from " + table + " where concern_id in (" + list + ")");
          }
          statement.executeUpdate("delete from concern where id in (" + list + ")");
        }
      }
    }
    System.out.printf("  (removed the %d raw copies again)%n", ids.size());
  }

  /** Every column of a table but those named, as a list for an INSERT … SELECT. */
  private String columns(String table, String... except) throws SQLException {
    var skip = List.of(except);
    var names = new ArrayList<String>();
    try (var db = DriverManager.getConnection(jdbcUrl, user, password);
        var rs =
            db.createStatement()
                .executeQuery(
                    "select column_name from information_schema.columns where table_schema ="
                        + " database() and table_name = '"
                        + table
                        + "' and extra not like '%GENERATED%' order by ordinal_position")) {
      while (rs.next()) {
        if (!skip.contains(rs.getString(1))) {
          names.add(rs.getString(1));
        }
      }
    }
    return String.join(", ", names);
  }

  private static long number(Connection db, String sql) throws SQLException {
    try (var rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long spell(PageFloorBenchmark.Call call) throws Exception {
    return PageFloorBenchmark.spell(CLIENTS, call);
  }
}
