package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (the server distribution the build unpacks) in development mode on loopback,
 * importing the portal's realm file at every start. Its store is in memory, so the realm is always
 * exactly the file; the client secret and the portal's address are filled into the file's
 * placeholders from the environment.
 */
public final class KeycloakServer implements AutoCloseable {
  public static final String REALM = "naboskab";

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
   */
  public static KeycloakServer start(
      Path home,
      int port,
      Path realmFile,
      String portalUrl,
      String clientSecret,
      String adminPassword,
      Path log)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak at " + home + ": run the build first (mvn package fetches it).");
    }
    ChildProcess.requireFreePort(port, "Keycloak");
    ChildProcess.requireFreePort(managementPort(port), "Keycloak management");
    var imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(
        realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    var process =
        ChildProcess.start(
            "Keycloak",
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort(port),
                "--db=dev-mem",
                "--import-realm",
                "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"),
            Map.of(
                "NABOSKAB_PORTAL_URL", portalUrl,
                "NABOSKAB_OIDC_CLIENT_SECRET", clientSecret,
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
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
