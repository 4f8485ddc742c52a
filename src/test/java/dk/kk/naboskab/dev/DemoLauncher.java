package dk.kk.naboskab.dev;

import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import dk.kk.naboskab.testsupport.ChildProcess;
import dk.kk.naboskab.testsupport.EmbeddedMariaDb;
import dk.kk.naboskab.testsupport.KeycloakServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the whole portal for a demo or for development. Every setting of {@link Setting} can come
 * from the environment; what is not set is provided here: an embedded MariaDB unless {@code
 * NABOSKAB_DB_URL} is set, a Keycloak with the demo realm unless {@code NABOSKAB_OIDC_PROVIDER_URI}
 * is set, a local mail server unless {@code NABOSKAB_MAIL_HOST} is set.
 */
public final class DemoLauncher {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final long DEMO_SEED = 2026;

  /** With a number of concerns: grow the demo to that scale, run the benchmark, stop. */
  private final Long benchConcerns = Long.getLong("naboskab.bench.concerns");

  private final int demoTenants = Integer.getInteger("naboskab.demo.tenants", 2000);

  /** The benchmark's load run: users signed in at once (0: none), and for how many seconds. */
  private final int loadUsers = Integer.getInteger("naboskab.bench.load.users", 0);

  private final long loadSeconds = Long.getLong("naboskab.bench.load.seconds", 600);

  /** Portal nodes: more than one runs them as a cluster behind nginx ({@code -Pcluster}). */
  private final int nodes = Integer.getInteger("naboskab.cluster.nodes", 1);

  /** Only the load run, not the page timings before it (to try a simulation quickly). */
  private final boolean loadOnly = Boolean.getBoolean("naboskab.bench.load.only");

  private ChildProcess portal;

  /** Every node of the portal (one, or the cluster's): the load run samples them all. */
  private final List<ChildProcess> nodeProcesses = new java.util.ArrayList<>();

  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private boolean embeddedDb;
  private final Map<Setting, String> settings = new EnumMap<>(Setting.class);

  private final Path servers = Path.of(System.getProperty("naboskab.servers"));
  private final Path keycloakHome = Path.of(System.getProperty("naboskab.keycloak.home"));
  private final Path realm = Path.of(System.getProperty("naboskab.realm"));
  private final Path war = Path.of(System.getProperty("naboskab.war"));
  private final Path preBoot = Path.of(System.getProperty("naboskab.preboot"));
  private final Path demoDir = Path.of(System.getProperty("naboskab.demo.dir"));
  private final int portalPort = intEnv("NABOSKAB_DEMO_PORTAL_PORT", 8080);
  private final int keycloakPort = intEnv("NABOSKAB_DEMO_KEYCLOAK_PORT", 8180);
  private final int dbPort = intEnv("NABOSKAB_DEMO_DB_PORT", 3307);
  private final int smtpPort = intEnv("NABOSKAB_DEMO_SMTP_PORT", 3025);

  public static void main(String[] args) {
    try {
      var launcher = new DemoLauncher();
      Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "naboskab-demo-stop"));
      // Maven started us; if it goes (killed, not Ctrl-C), we go too and take the servers along.
      ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> System.exit(0)));
      System.exit(launcher.run());
    } catch (IllegalStateException e) {
      System.err.println();
      System.err.println("Naboskab could not start: " + e.getMessage());
      System.exit(1);
    } catch (Exception e) {
      System.err.println();
      System.err.println("Naboskab could not start: " + e);
      System.exit(1);
    }
  }

  private int run() throws Exception {
    var started = System.nanoTime();
    for (var setting : Setting.values()) {
      Optional.ofNullable(System.getenv(setting.env())).ifPresent(v -> settings.put(setting, v));
    }
    ChildProcess.requireFreePort(portalPort, "the portal");
    String keycloakAdminPassword = null;

    if (settings.containsKey(Setting.DB_URL)) {
      requireValid();
      checkDatabase();
      say("Database: external, " + settings.get(Setting.DB_URL));
    } else {
      ChildProcess.requireFreePort(dbPort, "the embedded MariaDB");
      say(
          "Starting MariaDB on 127.0.0.1:"
              + dbPort
              + " (data in "
              + demoDir.resolve("mariadb")
              + ") ...");
      var db = EmbeddedMariaDb.start(demoDir.resolve("mariadb"), dbPort, randomSecret());
      running.push(db);
      embeddedDb = true;
      settings.put(Setting.DB_URL, db.jdbcUrl());
      settings.put(Setting.DB_USER, EmbeddedMariaDb.USER);
      settings.put(Setting.DB_PASSWORD, db.password());
      settings.put(Setting.DB_SCHEMA_USER, EmbeddedMariaDb.SCHEMA_USER);
      settings.put(Setting.DB_SCHEMA_PASSWORD, db.schemaPassword());
    }

    if (settings.containsKey(Setting.OIDC_PROVIDER_URI)) {
      requireValid();
      checkKeycloak(
          URI.create(
              settings.get(Setting.OIDC_PROVIDER_URI) + "/.well-known/openid-configuration"));
      say("Keycloak: external, " + settings.get(Setting.OIDC_PROVIDER_URI));
    } else {
      say(
          "Starting Keycloak on 127.0.0.1:"
              + keycloakPort
              + " (the first start builds it: about a minute) ...");
      var clientSecret = randomSecret();
      keycloakAdminPassword = randomSecret();
      var keycloak =
          KeycloakServer.start(
              keycloakHome,
              keycloakPort,
              realm,
              portalUrl(),
              clientSecret,
              keycloakAdminPassword,
              null,
              demoDir.resolve("logs/keycloak.log"),
              // The load run signs 200 people in with the demo realm's seven logins, many at the
              // same moment; Keycloak's brute-force guard refuses a login's concurrent sign-ins
              // (as "invalid password") unless told not to. Real people each have their own.
              loadUsers > 0
                  ? List.of(
                      "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true")
                  : List.of());
      running.push(keycloak);
      settings.put(Setting.OIDC_PROVIDER_URI, keycloak.issuer());
      settings.put(Setting.OIDC_CLIENT_SECRET, clientSecret);
    }
    if (!settings.containsKey(Setting.CPR_KEY)) {
      settings.put(Setting.CPR_KEY, demoCprKey());
    }
    settings.putIfAbsent(Setting.PORTAL_URL, portalUrl());
    if (settings.containsKey(Setting.MAIL_HOST)) {
      say("Mail: external, " + settings.get(Setting.MAIL_HOST));
    } else {
      ChildProcess.requireFreePort(smtpPort, "the demo's mail server");
      running.push(DemoMailServer.start(smtpPort, demoDir.resolve("mail")));
      say("Mail: a local SMTP server on 127.0.0.1:" + smtpPort + ", mails kept in " + mailDir());
      settings.put(Setting.MAIL_HOST, "127.0.0.1");
      settings.put(Setting.MAIL_PORT, String.valueOf(smtpPort));
      settings.put(Setting.MAIL_SECURITY, "NONE");
      settings.putIfAbsent(Setting.MAIL_FROM, "naboskab@demo.example");
    }
    // The demo shows the second case worker's approval of a recommendation (sofie approves
    // jonas's).
    settings.putIfAbsent(Setting.PATHWAY_SECOND_APPROVAL, "true");
    if (benchConcerns != null) {
      // The API's benchmark measures filing, not the rate limit's refusals: the bucket's upsert
      // still runs on every call.
      settings.putIfAbsent(Setting.API_RATE_PER_MINUTE, "100000");
      settings.putIfAbsent(Setting.API_BURST, "100000");
    }
    requireValid();

    say("Starting the portal on Payara Micro ...");
    var environment = new java.util.HashMap<String, String>();
    settings.forEach((setting, value) -> environment.put(setting.env(), value));
    // The benchmark holds the inbox to a bare PrimeFaces page on the same Payara.
    var bare =
        benchConcerns == null
            ? List.<String>of()
            : List.of(
                "--deploy",
                dk.kk.naboskab.bench.bare.BareWar.writeTo(demoDir).toString() + ":/bare");
    // The benchmark records a flight recording of the portal, to see where its time goes.
    var profile =
        benchConcerns == null
            ? List.<String>of()
            : List.of(
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + demoDir.resolve("logs/portal.jfr"));
    if (nodes > 1) {
      startCluster(environment, profile);
    } else {
      portal = startNodeProcess("payara", portalPort, environment, profile, bare, false);
      nodeProcesses.add(portal);
      awaitReady(portal, portalPort);
    }

    if (embeddedDb) {
      seedDemoData();
    }
    if (benchConcerns != null) {
      return benchmark();
    }
    printWelcome(Duration.ofNanos(System.nanoTime() - started), keycloakAdminPassword);
    var exit = portal.waitFor();
    say("The portal stopped (exit " + exit + "); see " + portal.log());
    return exit == 0 ? 0 : 1;
  }

  /**
   * {@link #nodes} Payara Micro nodes in one Hazelcast cluster on loopback (sessions replicated,
   * ADR 28) behind nginx on the portal's port, round robin without sticky sessions.
   */
  private void startCluster(Map<String, String> environment, List<String> profile)
      throws Exception {
    var ports = new java.util.ArrayList<Integer>();
    var started = new java.util.ArrayList<ChildProcess>();
    for (var i = 1; i <= nodes; i++) {
      var port = portalPort + i;
      ChildProcess.requireFreePort(port, "the portal's node " + i);
      ports.add(port);
      say("Starting the portal's node " + i + " of " + nodes + " on 127.0.0.1:" + port + " ...");
      started.add(startNodeProcess("node" + i, port, environment, profile, List.of(), true));
    }
    for (var i = 0; i < started.size(); i++) {
      awaitReady(started.get(i), ports.get(i));
    }
    portal = started.get(0);
    nodeProcesses.addAll(started);
    var balancer =
        dk.kk.naboskab.testsupport.LoadBalancer.start(demoDir.resolve("nginx"), portalPort, ports);
    running.push(balancer);
    say(
        "nginx on 127.0.0.1:"
            + portalPort
            + " balances round robin over "
            + ports
            + " (no sticky sessions)");
  }

  private ChildProcess startNodeProcess(
      String name,
      int port,
      Map<String, String> environment,
      List<String> profile,
      List<String> extra,
      boolean clustered)
      throws Exception {
    var command = new java.util.ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Each node its own flight recording.
    profile.forEach(
        option -> command.add(clustered ? option.replace("portal.jfr", name + ".jfr") : option));
    command.addAll(
        List.of(
            clustered ? "-Xmx768m" : "-Xmx1g",
            "-jar",
            servers.resolve("payara-micro.jar").toString(),
            "--port",
            String.valueOf(port),
            // One JSON line per event, each naming its request (#19).
            "--logproperties",
            preBoot.resolveSibling("logging.properties").toString(),
            "--rootdir",
            demoDir.resolve(name).toString()));
    // The portal deployed as production deploys it; Payara's /metrics on port + 1000 (#19).
    command.addAll(
        dk.kk.naboskab.testsupport.PayaraBoot.options(
            preBoot.getParent(), demoDir.resolve(name + "-boot"), war, port + 1000, clustered));
    command.addAll(
        clustered
            ? dk.kk.naboskab.testsupport.PortalCluster.hazelcastOptions("naboskab-demo")
            : List.of("--nohazelcast"));
    command.addAll(extra);
    var node =
        ChildProcess.start(
            "Payara Micro (" + name + ")",
            command,
            environment,
            demoDir,
            demoDir.resolve("logs/" + name + ".log"));
    running.push(node);
    return node;
  }

  private static void awaitReady(ChildProcess node, int port) throws InterruptedException {
    node.awaitHttp(
        URI.create("http://127.0.0.1:" + port + "/health/ready"),
        // The portal's own checks must be there: without them the deployment failed.
        r ->
            r.statusCode() == 200
                && r.body().contains("\"database\"")
                && r.body().contains("\"keycloak\""),
        Duration.ofMinutes(4));
  }

  /**
   * Grows the database to the benchmark's scale, waits until the portal has measured every concern
   * it should (so that it measures nothing while timed), and holds the figures pages to the raw
   * SQL.
   *
   * @return 0 when every page met the goal
   */
  private int benchmark() throws Exception {
    var url = settings.get(Setting.DB_URL);
    var user = settings.get(Setting.DB_USER);
    var password = settings.get(Setting.DB_PASSWORD);
    say("Bench: commit " + commit());
    var started = System.nanoTime();
    var concerns = ScaleData.grow(url, user, password, benchConcerns);
    say(
        String.format(
            "Scale: %,d concerns in %d s; waiting for the portal to measure the originals ...",
            concerns, Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    try (var c = DriverManager.getConnection(url, user, password)) {
      var deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
      while (stale(c) > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the portal did not measure every concern in 15 minutes");
        }
        Thread.sleep(5000);
      }
    }
    // The keeper's first tick compares every concern (seconds at this scale); let it pass first.
    say("Every concern is measured; giving the keeper's first full comparison a minute ...");
    Thread.sleep(Duration.ofSeconds(70).toMillis());
    if (loadOnly) {
      return load() ? 0 : 1;
    }
    var worst =
        new dk.kk.naboskab.bench.DashboardBenchmark(
                URI.create(portalUrl() + "/"), url, user, password)
            .run();
    var floors =
        new dk.kk.naboskab.bench.PageFloorBenchmark(
                URI.create(portalUrl() + "/"),
                URI.create("http://127.0.0.1:" + portalPort + "/bare/bare.xhtml"),
                url,
                user,
                password)
            .run();
    new dk.kk.naboskab.bench.ReadLogBenchmark(
            URI.create(portalUrl() + "/"),
            url,
            settings.get(Setting.DB_SCHEMA_USER),
            settings.get(Setting.DB_SCHEMA_PASSWORD))
        .run();
    var api =
        new dk.kk.naboskab.bench.ApiBenchmark(
                URI.create(portalUrl() + "/"),
                settings.get(Setting.OIDC_PROVIDER_URI),
                KeycloakServer.apiClientSecret(
                    settings.get(Setting.OIDC_CLIENT_SECRET), "amagerhus-system"),
                url,
                user,
                password,
                settings.get(Setting.DB_SCHEMA_USER),
                settings.get(Setting.DB_SCHEMA_PASSWORD))
            .run();
    var loaded = load();
    return worst <= dk.kk.naboskab.bench.DashboardBenchmark.GOAL && floors && api && loaded ? 0 : 1;
  }

  /** The load run last, on the same data; skipped with no users asked for. */
  private boolean load() throws Exception {
    if (loadUsers <= 0) {
      return true;
    }
    return new dk.kk.naboskab.bench.LoadRun(
            portalUrl(),
            nodeProcesses.stream().map(ChildProcess::pid).toList(),
            loadUsers,
            loadSeconds,
            demoDir.resolve("gatling"))
        .run();
  }

  /** The commit measured, "-dirty" when the work tree has changes: every figure names it. */
  private static String commit() {
    try {
      var git = new ProcessBuilder("git", "describe", "--always", "--dirty").start();
      var out =
          new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .trim();
      return git.waitFor() == 0 && !out.isEmpty() ? out : "(not a git work tree)";
    } catch (java.io.IOException e) {
      return "(git not found)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  private static long stale(java.sql.Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select count(*) from concern c left join concern_measure m on m.concern_id = c.id"
                    + " where m.concern_id is null or m.concern_version <> c.version")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Fills an empty embedded database with the demo's invented tenants; the portal made the schema.
   */
  private void seedDemoData() throws java.sql.SQLException {
    var today = LocalDate.now(ClockProducer.COPENHAGEN);
    var data = DemoData.generate(DEMO_SEED, demoTenants, today);
    var written =
        data.writeTo(
            settings.get(Setting.DB_URL),
            settings.get(Setting.DB_USER),
            settings.get(Setting.DB_PASSWORD),
            CprCipher.fromBase64(settings.get(Setting.CPR_KEY)));
    say(
        written
            ? "Demo data: "
                + demoTenants
                + " referred tenants, "
                + data.workers.size()
                + " workers, "
                + data.departments.size()
                + " departments, "
                + data.pathway.stays.size()
                + " shelter stays (seed "
                + DEMO_SEED
                + ")"
            : "Demo data: the database already has tenants; left as it is");
  }

  private void requireValid() {
    var problems = Setting.problems(settings::get);
    var relevant =
        problems.stream()
            .filter(p -> settings.keySet().stream().anyMatch(s -> p.startsWith(s.env())))
            .toList();
    if (!relevant.isEmpty()) {
      throw new IllegalStateException(String.join("; ", relevant));
    }
  }

  private void checkDatabase() {
    DriverManager.setLoginTimeout(5);
    try (var connection =
        DriverManager.getConnection(
            settings.get(Setting.DB_URL),
            settings.get(Setting.DB_USER),
            settings.get(Setting.DB_PASSWORD))) {
      connection.isValid(5);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the database at "
              + settings.get(Setting.DB_URL)
              + " cannot be reached: "
              + e.getMessage());
    }
  }

  private static void checkKeycloak(URI discovery) throws InterruptedException {
    try {
      var status =
          java.net.http.HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  java.net.http.HttpRequest.newBuilder(discovery)
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        throw new IllegalStateException("Keycloak answered " + status + " for " + discovery);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Keycloak cannot be reached at " + discovery + ": " + e.getMessage());
    }
  }

  private void printWelcome(Duration startup, String keycloakAdminPassword) {
    var out = new StringBuilder();
    out.append("\n==============================================================\n");
    out.append(" Naboskab is running (started in ").append(startup.toSeconds()).append(" s)\n\n");
    out.append(" Portal     ").append(portalUrl()).append("/\n");
    out.append(" Health     ").append(portalUrl()).append("/health\n");
    out.append(" Keycloak   ").append(settings.get(Setting.OIDC_PROVIDER_URI)).append('\n');
    if (keycloakAdminPassword != null) {
      out.append("            admin console http://127.0.0.1:")
          .append(keycloakPort)
          .append("/admin/  user admin, password ")
          .append(keycloakAdminPassword)
          .append('\n');
    }
    out.append(" Database   ").append(settings.get(Setting.DB_URL)).append('\n');
    out.append(" Mail       ").append(settings.get(Setting.MAIL_HOST));
    out.append(':').append(settings.get(Setting.MAIL_PORT));
    if (settings.get(Setting.MAIL_HOST).equals("127.0.0.1")) {
      out.append(", kept as .eml files in ").append(mailDir());
    }
    out.append('\n');
    out.append(" Logs       ").append(demoDir.resolve("logs")).append("\n\n");
    if (keycloakAdminPassword != null) {
      out.append(" Sign in as (password: demo)\n");
      out.append("   hanne   housing staff, Boligselskabet Amagerhus\n");
      out.append("   ole     housing staff, Boligforeningen Valby Have\n");
      out.append("   bo      support worker, housing advisor (Voksenenhed Amager)\n");
      out.append("   sara    support worker, SKP §99 (Voksenenhed Amager)\n");
      out.append("   henrik  support worker, home-support worker §85 (Voksenenhed Amager)\n");
      out.append("   karin   coordinator, housing-social team (Voksenenhed Amager)\n");
      out.append("   anna    analyst\n");
      out.append("   admin   administrator\n");
      out.append("   lise    shelter staff, Herberget Sundholm\n");
      out.append("   jonas   case worker, outposted to Sundholm and Hillerødgade\n\n");
      var portalSecret = settings.get(Setting.OIDC_CLIENT_SECRET);
      out.append(" REST API   ").append(portalUrl()).append("/api/v1  (developers' page ");
      out.append(portalUrl()).append("/api-docs)\n");
      out.append("   client id         secret\n");
      for (var client : List.of("amagerhus-system", "valbyhave-system", "kk-datavarehus")) {
        out.append("   ")
            .append(String.format("%-17s ", client))
            .append(KeycloakServer.apiClientSecret(portalSecret, client))
            .append('\n');
      }
      var secret = KeycloakServer.apiClientSecret(portalSecret, "amagerhus-system");
      var tenant = aTenantOfBos();
      out.append(" Amagerhus's system files a concern about ")
          .append(tenant.name())
          .append(" (bo's tenant), and reads it:\n");
      out.append(
              "   TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=amagerhus-system")
          .append(" -d client_secret=")
          .append(secret)
          .append(' ')
          .append(settings.get(Setting.OIDC_PROVIDER_URI))
          .append(
              "/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\).*/\\1/')\n");
      out.append(
              "   curl -si -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'")
          .append(" -H \"Idempotency-Key: $(date +%s%N)\" -d '{\"tenantId\":")
          .append(tenant.id())
          .append(
              ",\"categoryId\":1,\"urgency\":\"URGENT\",\"description\":\"Råb og skrig i opgangen i nat.\"}' ")
          .append(portalUrl())
          .append("/api/v1/concerns\n");
      out.append(
          "   curl -s -H \"Authorization: Bearer $TOKEN\" <the address in its Location>\n\n");
    }
    out.append(" Ctrl-C stops everything.\n");
    out.append("==============================================================\n");
    System.out.println(out);
  }

  /** A tenant of Amagerhus whom bo supports today, for the API's example. */
  private record DemoTenant(long id, String name) {}

  private DemoTenant aTenantOfBos() {
    try (var c =
            DriverManager.getConnection(
                settings.get(Setting.DB_URL),
                settings.get(Setting.DB_USER),
                settings.get(Setting.DB_PASSWORD));
        var rs =
            c.createStatement()
                .executeQuery(
                    "select t.id, concat(t.first_name, ' ', t.last_name) from tenant t"
                        + " join department d on d.id = t.department_id"
                        + " join housing_association a on a.id = d.association_id"
                        + " join assignment s on s.tenant_id = t.id"
                        + " join worker w on w.id = s.worker_id"
                        + " where a.code = 'AMH' and w.username = 'bo'"
                        + " and s.from_date <= current_date"
                        + " and (s.until_date is null or s.until_date >= current_date)"
                        + " and t.move_in_date <= current_date and t.tenancy_end_date is null"
                        // bo answers for the tenant: nobody else is assigned, and he is not away.
                        + " and not exists (select 1 from assignment o where o.tenant_id = t.id"
                        + " and o.worker_id <> w.id and o.from_date <= current_date"
                        + " and (o.until_date is null or o.until_date >= current_date))"
                        + " and not exists (select 1 from absence b where b.worker_id = w.id"
                        + " and b.from_date <= current_date"
                        + " and (b.until_date is null or b.until_date >= current_date))"
                        + " order by t.id limit 1")) {
      return rs.next() ? new DemoTenant(rs.getLong(1), rs.getString(2)) : new DemoTenant(0, "?");
    } catch (SQLException e) {
      return new DemoTenant(0, "? (" + e.getMessage() + ")");
    }
  }

  private Path mailDir() {
    return demoDir.resolve("mail");
  }

  private String portalUrl() {
    return "http://localhost:" + portalPort;
  }

  /** Stops what was started, newest first. Runs on Ctrl-C and on every exit. */
  private synchronized void stopAll() {
    if (running.isEmpty()) {
      return;
    }
    say("Stopping Naboskab ...");
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        System.err.println("  while stopping: " + e.getMessage());
      }
    }
    say("Stopped.");
  }

  /**
   * The demo's CPR key, made on first start and kept beside the demo's data: the data is encrypted
   * with it, so a new key per start would make it unreadable.
   */
  private String demoCprKey() throws java.io.IOException {
    var file = demoDir.resolve("cpr.key");
    if (!Files.exists(file)) {
      var key = new byte[32];
      RANDOM.nextBytes(key);
      Files.createDirectories(demoDir);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
    }
    return Files.readString(file).trim();
  }

  private static String randomSecret() {
    var bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static int intEnv(String name, int fallback) {
    var value = System.getenv(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " must be a port number, not '" + value + "'");
    }
  }

  private static void say(String line) {
    System.out.println("[naboskab] " + line);
  }
}
