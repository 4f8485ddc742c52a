package dk.kk.naboskab.testsupport;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (the server distribution the build unpacks, built once for an in-memory store) on
 * plain HTTP on loopback, for the demo and the tests only, importing the portal's production realm
 * file together with the demo users ({@code demo/naboskab-users-0.json} beside it) at every start.
 * Its store is in memory, so the realm is always exactly the files; the client secret and the
 * portal's address are filled into the file's placeholders from the environment. The production
 * realm's password policy (12 characters and more) and its one-time codes are left out here: every
 * demo user's password is {@code demo}.
 */
public final class KeycloakServer implements AutoCloseable {
  public static final String REALM = "naboskab";

  /** The script that builds Keycloak's server image once, relative to the project's folder. */
  static final String BUILD = "src/test/keycloak/build.sh";

  private final ChildProcess process;
  private final int port;

  private KeycloakServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param home the unpacked distribution
   * @param realmFile the realm to import
   * @param portalUrl the portal's address, for the client's redirect URIs
   * @param clientSecret the portal client's secret
   * @param adminPassword the master realm's admin password (user {@code admin})
   * @param accessTokenSeconds the access tokens' lifetime, or null for the realm file's
   */
  public static KeycloakServer start(
      Path home,
      int port,
      Path realmFile,
      String portalUrl,
      String clientSecret,
      String adminPassword,
      Integer accessTokenSeconds,
      Path log)
      throws IOException, InterruptedException {
    return start(
        home,
        port,
        realmFile,
        portalUrl,
        clientSecret,
        adminPassword,
        accessTokenSeconds,
        log,
        List.of());
  }

  /** As above, with more of Keycloak's options on its command line. */
  public static KeycloakServer start(
      Path home,
      int port,
      Path realmFile,
      String portalUrl,
      String clientSecret,
      String adminPassword,
      Integer accessTokenSeconds,
      Path log,
      List<String> options)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak at " + home + ": run the build first (mvn package fetches it).");
    }
    ChildProcess.requireFreePort(port, "Keycloak");
    ChildProcess.requireFreePort(managementPort(port), "Keycloak management");
    build(home, log);
    var imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.writeString(
        imports.resolve(REALM + "-realm.json"), withDemoUsers(realmFile, accessTokenSeconds));
    var command =
        new java.util.ArrayList<>(
            List.of(
                home.resolve("bin/kc.sh").toString(),
                // Production mode on the build made by BUILD (an in-memory store, so the realm
                // is always exactly the files): development mode rebuilt Keycloak at every start
                // and re-read the login page's templates at every request.
                "start",
                "--optimized",
                "--http-enabled=true",
                "--hostname-strict=false",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort(port),
                "--import-realm",
                "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"));
    command.addAll(options);
    var process =
        ChildProcess.start(
            "Keycloak",
            command,
            Map.of(
                "NABOSKAB_PORTAL_URL",
                portalUrl,
                "NABOSKAB_OIDC_CLIENT_SECRET",
                clientSecret,
                "NABOSKAB_DEMO_SECRET_AMAGERHUS_SYSTEM",
                apiClientSecret(clientSecret, "amagerhus-system"),
                "NABOSKAB_DEMO_SECRET_VALBYHAVE_SYSTEM",
                apiClientSecret(clientSecret, "valbyhave-system"),
                "NABOSKAB_DEMO_SECRET_KK_DATAVAREHUS",
                apiClientSecret(clientSecret, "kk-datavarehus"),
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword,
                "JAVA_OPTS_KC_HEAP",
                "-Xms64m -Xmx512m"),
            home,
            log);
    var server = new KeycloakServer(process, port);
    try {
      process.awaitHttp(server.discovery(), r -> r.statusCode() == 200, Duration.ofMinutes(4));
    } catch (RuntimeException | InterruptedException e) {
      process.close();
      throw e;
    }
    return server;
  }

  /**
   * Builds Keycloak for the demo and the tests unless it is built ({@code
   * src/test/keycloak/build.sh}, which Maven starts in the background as soon as it has unpacked
   * Keycloak): waits for a build under way, returns at once after a finished one.
   */
  private static void build(Path home, Path log) throws IOException, InterruptedException {
    var script = Path.of(System.getProperty("naboskab.keycloak.build", BUILD)).toAbsolutePath();
    Files.createDirectories(log.getParent());
    var process =
        new ProcessBuilder("sh", script.toString(), home.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(
          "Building Keycloak failed; see " + log + " and " + home.resolve("naboskab-build.log"));
    }
  }

  /**
   * The production realm with the demo users in it, without its password policy and without the
   * one-time code it asks of coordinators and administrators (the demo's users sign in with {@code
   * demo}); the tests shorten the access tokens' lifetime so that refreshing them is exercised on
   * every journey.
   */
  public static String withDemoUsers(Path realmFile, Integer accessTokenSeconds)
      throws IOException {
    var usersFile = demoUsers(realmFile);
    var apiFile = demoApiClients(realmFile);
    try (var realmReader = Json.createReader(Files.newBufferedReader(realmFile));
        var usersReader = Json.createReader(Files.newBufferedReader(usersFile));
        var apiReader = Json.createReader(Files.newBufferedReader(apiFile))) {
      var realm = realmReader.readObject();
      if (realm.containsKey("users")) {
        throw new IllegalStateException(realmFile + " holds users: they belong in " + usersFile);
      }
      var api = apiReader.readObject();
      // The demo associations' systems and the warehouse: API clients with their service accounts.
      var users = Json.createArrayBuilder(usersReader.readObject().getJsonArray("users"));
      api.getJsonArray("users").forEach(users::add);
      var clients = Json.createArrayBuilder(realm.getJsonArray("clients"));
      api.getJsonArray("clients").forEach(clients::add);
      var builder =
          Json.createObjectBuilder(realm)
              .remove("passwordPolicy")
              .remove("browserFlow")
              .add("clients", clients)
              .add("users", users);
      if (accessTokenSeconds != null) {
        // The test run: short tokens, and passwords hashed with few iterations — a test signs in
        // some sixty times, and the default hash (PBKDF2, 210 000 rounds) costs each a noticeable
        // share of a second on two cores. Never the production realm's policy.
        builder.add("accessTokenLifespan", accessTokenSeconds);
        builder.add("passwordPolicy", "hashIterations(1000)");
      }
      return builder.build().toString();
    }
  }

  /**
   * The demo's API clients (the associations' systems, the warehouse) that go with a realm file.
   */
  public static Path demoApiClients(Path realmFile) {
    return realmFile.resolveSibling("demo").resolve(REALM + "-api-clients.json");
  }

  /**
   * The secret of one of the demo's API clients: made from the portal client's secret, so the
   * tests' is fixed and the demo's as random as its own.
   */
  public static String apiClientSecret(String portalSecret, String clientId) {
    try {
      var digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (portalSecret + "|" + clientId)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The demo users' file that goes with a realm file. */
  public static Path demoUsers(Path realmFile) {
    return realmFile.resolveSibling("demo").resolve(REALM + "-users-0.json");
  }

  /**
   * Keycloak's health and metrics port; set apart per instance so a demo and a test run can
   * coexist.
   */
  static int managementPort(int port) {
    return port + 1000;
  }

  /** The issuer, as the portal must be configured with it (host spelled exactly so). */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  public URI discovery() {
    return URI.create(issuer() + "/.well-known/openid-configuration");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String adminConsole() {
    return "http://127.0.0.1:" + port + "/admin/";
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.close();
  }
}
