package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo and the tests run Payara as production does, plus loopback: the files cannot drift. */
class PreBootCommandsTest {
  private static List<String> commands(String file) throws IOException {
    return Files.readAllLines(Path.of("config/payara", file)).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void theLocalCommandsHoldEveryProductionCommand() throws IOException {
    var local = commands("pre-boot-commands.txt");
    var production = commands("production-pre-boot-commands.txt");
    assertFalse(production.isEmpty());
    // Monitoring is the nodes' (PayaraBoot adds it with a loopback port; PayaraBootTest).
    var monitoring = dk.kk.naboskab.testsupport.PayaraBootTest.monitoringBlock();
    assertFalse(monitoring.isEmpty());
    for (var command : production) {
      if (monitoring.contains(command)) {
        continue;
      }
      assertTrue(local.contains(command), "the demo and tests miss: " + command);
    }
  }

  @Test
  void productionSetsTheCookieFlagsAndHidesTheServer() throws IOException {
    var production = String.join("\n", commands("production-pre-boot-commands.txt"));
    assertTrue(production.contains("cookie-same-site-value=Lax"), production);
    assertTrue(production.contains("session-cookie-secure=dynamic"), production);
    assertTrue(production.contains("server-header=false"), production);
    // /metrics only on the monitoring listener's virtual server (#19).
    assertTrue(production.contains("metrics-configuration.enabled=true"), production);
    assertTrue(production.contains("metrics-configuration.virtual-servers=monitoring"), production);
    assertTrue(
        production.contains("virtual-server.server.network-listeners=http-listener"), production);
    assertTrue(
        production.contains("set-openapi-configuration --enabled=true --securityenabled=false"),
        production);
    assertFalse(production.contains("127.0.0.1"), "production listens where it is deployed");
  }
}
