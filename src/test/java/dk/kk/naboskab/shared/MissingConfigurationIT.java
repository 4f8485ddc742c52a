package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.ChildProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal on a bare Payara Micro with no configuration at all: deployment stops, and the log's
 * first error names the missing setting instead of a connection failure in a stack trace.
 */
class MissingConfigurationIT {

  @Test
  void startingWithoutConfigurationNamesTheMissingSettingFirst() throws Exception {
    var target = Path.of(System.getProperty("naboskab.servers")).getParent();
    var log = target.resolve("it-logs/missing-configuration.log");
    Files.deleteIfExists(log);
    var command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
    var environment = new java.util.HashMap<String, String>();
    for (var setting : Setting.values()) {
      environment.put(setting.env(), "");
    }
    try (var payara =
        ChildProcess.start("Payara Micro", command, Map.copyOf(environment), target, log)) {
      var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (System.nanoTime() < deadline && !Files.readString(log).contains("ready in")) {
        Thread.sleep(500);
      }
    }
    var lines = Files.readAllLines(log);
    var firstSevere =
        lines.stream().filter(l -> l.contains("SEVERE")).findFirst().orElse("(no SEVERE line)");

    assertTrue(
        firstSevere.contains("Configuration: NABOSKAB_DB_URL (naboskab.db.url) is not set"),
        firstSevere);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains(
                        "NABOSKAB_OIDC_CLIENT_SECRET (naboskab.oidc.client-secret) is not set")),
        "every missing setting is named");
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("javax.enterprise.system.core")
                        && l.contains("Naboskab cannot start")),
        "Payara stops the deployment for it");
  }
}
