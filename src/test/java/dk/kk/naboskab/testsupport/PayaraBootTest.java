package dk.kk.naboskab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's and the cluster's nodes boot as production does, monitoring on loopback (#19). */
public class PayaraBootTest {
  /** Production's monitoring commands, for {@code PreBootCommandsTest}. */
  public static List<String> monitoringBlock() throws IOException {
    return PayaraBoot.monitoringBlock(PayaraBoot.CONFIG);
  }

  @Test
  void aNodeRunsProductionsMonitoringBlockOnItsOwnLoopbackPort() throws IOException {
    var commands = PayaraBoot.preBoot(PayaraBoot.CONFIG, 18111);
    var text = String.join("\n", commands);
    assertTrue(text.contains("https-listener.port=18111"), text);
    assertFalse(text.contains("port=9090"), text);
    assertTrue(text.contains("https-listener.address=127.0.0.1"), text);
    assertTrue(text.contains("http-listener.address=127.0.0.1"), "the portal on loopback too");
    assertTrue(text.contains("metrics-configuration.virtual-servers=monitoring"), text);
    assertEquals(
        List.of("set configs.config.server-config.microprofile-metrics-configuration.enabled=true"),
        commands.stream().filter(c -> c.contains("metrics-configuration.enabled")).toList(),
        "the local file's 'metrics off' left out, production's 'on' kept");
    for (var command : monitoringBlock()) {
      assertTrue(
          commands.contains(command.replace("port=9090", "port=18111")),
          "the node misses: " + command);
    }
  }

  @Test
  void aNodeDeploysThePortalAsProductionDoesOnThePortalsListenerOnly() throws IOException {
    var war = Path.of("target/naboskab.war");
    var commands = PayaraBoot.postBoot(PayaraBoot.CONFIG, war, true);
    assertEquals(1, commands.size(), commands.toString());
    assertTrue(commands.get(0).startsWith("deploy "), commands.toString());
    assertTrue(commands.get(0).contains("--virtualservers=server"), commands.toString());
    assertTrue(commands.get(0).contains("--availabilityenabled=true"), "sessions replicated");
    assertTrue(commands.get(0).endsWith(" " + war.toAbsolutePath()), commands.toString());
  }

  /**
   * A node without Hazelcast (the single-node demo and benchmark) must not ask for replication:
   * Payara then tried to load and save every request's session in a data grid that is not there,
   * and logged a stack trace each time (14 308 in one load run, 86 MB of log, a quarter more CPU).
   */
  @Test
  void aNodeWithoutHazelcastDeploysWithoutSessionReplication() throws IOException {
    var war = Path.of("target/naboskab.war");
    var command = PayaraBoot.postBoot(PayaraBoot.CONFIG, war, false).get(0);
    assertTrue(command.contains("--availabilityenabled=false"), command);
    assertFalse(command.contains("--availabilityenabled=true"), command);
    assertEquals(
        PayaraBoot.postBoot(PayaraBoot.CONFIG, war, true),
        List.of(command.replace("--availabilityenabled=false", "--availabilityenabled=true")),
        "the cluster's file is the same but for the replication");
  }
}
