package dk.kk.naboskab.testsupport;

import dk.kk.naboskab.shared.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The portal on a bare Payara Micro with no configuration at all, for {@code
 * MissingConfigurationIT}: its boot runs in the background while the journeys run, so its ~25 s
 * take idle cores instead of the test command's time ({@link SuiteOrder} runs that class last). A
 * run of that class alone starts it when the class asks.
 */
public final class MisconfiguredPortal {
  private static CompletableFuture<List<String>> log;

  private MisconfiguredPortal() {}

  /** Starts the boot unless it is under way; called once the shared Payara has deployed. */
  public static synchronized void startInBackground() {
    if (log == null) {
      log = CompletableFuture.supplyAsync(MisconfiguredPortal::boot);
    }
  }

  /** The bare Payara's log, once it has finished trying to deploy the portal. */
  public static List<String> logLines() {
    startInBackground();
    return log.join();
  }

  private static List<String> boot() {
    var target = Path.of(System.getProperty("naboskab.servers")).getParent();
    var file = target.resolve("it-logs/missing-configuration.log");
    var command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // It boots once, fails and stops, beside the journeys: the quick compiler only and
            // one GC thread leave them the cores (C2 would compile for a run that never comes).
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("naboskab.war"),
            "--port",
            String.valueOf(Integer.getInteger("it.portal.port") + 5),
            "--nohazelcast",
            "--rootdir",
            target.resolve("it-missing-configuration").toString());
    // The test JVM's own NABOSKAB_* variables must not leak into this Payara.
    var environment = new HashMap<String, String>();
    for (var setting : Setting.values()) {
      environment.put(setting.env(), "");
    }
    try {
      Files.deleteIfExists(file);
      try (var payara =
          ChildProcess.start("Payara Micro", command, Map.copyOf(environment), target, file)) {
        // A run that ends before this boot does (one class run alone) still stops it.
        var stop = new Thread(payara::close, "naboskab-bare-payara-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline
            && payara.isAlive()
            && !Files.readString(file).contains("ready in")) {
          Thread.sleep(200);
        }
        Runtime.getRuntime().removeShutdownHook(stop);
      }
      return Files.readAllLines(file);
    } catch (Exception e) {
      throw new IllegalStateException("Could not run the bare Payara: " + e.getMessage(), e);
    }
  }
}
