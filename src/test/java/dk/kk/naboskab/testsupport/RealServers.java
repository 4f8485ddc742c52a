package dk.kk.naboskab.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once per test run, the real servers the integration tests use: a MariaDB and a Keycloak
 * with the portal's realm, on the ports the build hands the managed Payara Micro. They stop when
 * the run ends. Registered before Arquillian's extension so the database is up before Payara boots;
 * Keycloak comes up beside it, and a class that signs in waits for it ({@link #awaitKeycloak}).
 */
public final class RealServers implements BeforeAllCallback {
  /** Must match {@code payara.cmdOptions} in the POM. */
  public static final String DB_PASSWORD = "it-only-db-password";

  public static final String CLIENT_SECRET = "it-only-client-secret";

  /** The test Keycloak's master admin (user {@code admin}). */
  public static final String KEYCLOAK_ADMIN_PASSWORD = "it-only-admin-password";

  /**
   * The test realm's access tokens live 15 seconds: every journey outlives a few, so the portal's
   * refresh runs all the time, and a change in Keycloak reaches the portal quickly.
   */
  public static final int ACCESS_TOKEN_SECONDS = 15;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (System.getProperty("it.db.port") == null) {
      return; // inside Payara: the in-container run of a test passes through here too
    }
    var store = context.getRoot().getStore(ExtensionContext.Namespace.create(RealServers.class));
    store.getOrComputeIfAbsent(Servers.class, k -> Servers.start(), Servers.class);
  }

  public static int portalPort() {
    return Integer.getInteger("it.portal.port");
  }

  /** The test realm's issuer, spelled as the portal is configured with it. */
  public static String issuer() {
    return "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port") + "/realms/naboskab";
  }

  /**
   * Waits, if it must, until the test Keycloak answers. Keycloak starts beside Payara's boot (the
   * portal needs it only when someone signs in), so classes that sign in call this first.
   */
  public static void awaitKeycloak() {
    var servers = running;
    if (servers != null) {
      servers.keycloak.join();
    }
  }

  /** The test run's MariaDB, for a test that takes it down and up again (ClusterJourneyIT). */
  public static EmbeddedMariaDb database() {
    var servers = running;
    if (servers == null) {
      throw new IllegalStateException("the test servers are not running in this JVM");
    }
    return servers.db;
  }

  /**
   * Keycloak down, then up again (ClusterJourneyIT): {@code whileDown} runs with it stopped; it is
   * started again, with the realm as before, however {@code whileDown} ends.
   */
  public static void withoutKeycloak(ThrowingRunnable whileDown) throws Exception {
    var servers = running;
    if (servers == null) {
      throw new IllegalStateException("the test servers are not running in this JVM");
    }
    servers.keycloak.join().close();
    try {
      whileDown.run();
    } finally {
      servers.keycloak = CompletableFuture.completedFuture(Servers.startKeycloak());
    }
  }

  /** What a test does while a server is down. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static volatile Servers running;

  /** The running pair; closed by JUnit when the root context closes, at the end of the run. */
  static final class Servers implements ExtensionContext.Store.CloseableResource {
    private final EmbeddedMariaDb db;
    private volatile CompletableFuture<KeycloakServer> keycloak;
    private boolean stopped;

    private Servers(EmbeddedMariaDb db, CompletableFuture<KeycloakServer> keycloak) {
      this.db = db;
      this.keycloak = keycloak;
    }

    /**
     * MariaDB first and at once (the portal migrates it when it deploys), Keycloak in the
     * background: its ~20 s overlap Payara's boot instead of preceding it.
     */
    static Servers start() {
      var target = Path.of(System.getProperty("naboskab.servers")).getParent();
      EmbeddedMariaDb db = null;
      try {
        db =
            EmbeddedMariaDb.start(
                target.resolve("it-mariadb"), Integer.getInteger("it.db.port"), DB_PASSWORD);
        // Every run starts from an empty database; the portal migrates it when it deploys.
        db.recreateDatabase();
      } catch (Exception e) {
        if (db != null) {
          try {
            db.close();
          } catch (Exception suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw new IllegalStateException("Could not start the test MariaDB: " + e.getMessage(), e);
      }
      var keycloak = CompletableFuture.supplyAsync(Servers::startKeycloak);
      var servers = new Servers(db, keycloak);
      running = servers;
      // JUnit closes them at the end of the run; a killed run still stops them on its way out.
      Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "naboskab-it-servers-stop"));
      return servers;
    }

    private static KeycloakServer startKeycloak() {
      var target = Path.of(System.getProperty("naboskab.servers")).getParent();
      try {
        return KeycloakServer.start(
            Path.of(System.getProperty("naboskab.keycloak.home")),
            Integer.getInteger("it.keycloak.port"),
            Path.of(System.getProperty("naboskab.realm")),
            "http://localhost:" + portalPort(),
            CLIENT_SECRET,
            KEYCLOAK_ADMIN_PASSWORD,
            ACCESS_TOKEN_SECONDS,
            target.resolve("it-logs/keycloak.log"));
      } catch (Exception e) {
        throw new IllegalStateException("Could not start the test Keycloak: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      stop();
    }

    private synchronized void stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        keycloak.join().close();
      } catch (RuntimeException e) {
        System.err.println("Could not stop the test Keycloak: " + e.getMessage());
      }
      try {
        db.close();
      } catch (Exception e) {
        System.err.println("Could not stop the test MariaDB: " + e.getMessage());
      }
    }
  }
}
