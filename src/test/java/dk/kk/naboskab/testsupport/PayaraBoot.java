package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The boot files of a Payara Micro node the demo or a test starts by itself (not the integration
 * tests' Arquillian one): the local settings ({@code config/payara/pre-boot-commands.txt}),
 * production's monitoring block with a loopback port of the node's own, and the portal deployed as
 * production deploys it ({@code post-boot-commands.txt}, a cluster's node {@code
 * cluster-post-boot-commands.txt}), on the portal's listener only (#19).
 */
public final class PayaraBoot {
  /** The project's {@code config/payara}, as the tests see it (their working directory). */
  public static final Path CONFIG = Path.of("config/payara");

  private static final String PRODUCTION_WAR = "/opt/payara/naboskab.war";

  private PayaraBoot() {}

  /**
   * Writes the node's two files into {@code dir} and returns the options that pass them.
   *
   * @param config the project's {@code config/payara}
   * @param monitoringPort where the node's /metrics and /health answer, on loopback
   * @param clustered whether the node runs Hazelcast (a cluster's member); a node without it must
   *     not replicate sessions: Payara would try, fail and log a stack trace on every request
   */
  public static List<String> options(
      Path config, Path dir, Path war, int monitoringPort, boolean clustered) throws IOException {
    Files.createDirectories(dir);
    var pre = dir.resolve("pre-boot-commands.txt");
    var post = dir.resolve("post-boot-commands.txt");
    Files.write(pre, preBoot(config, monitoringPort));
    Files.write(post, postBoot(config, war, clustered));
    return List.of(
        "--prebootcommandfile", pre.toString(), "--postbootcommandfile", post.toString());
  }

  static List<String> preBoot(Path config, int monitoringPort) throws IOException {
    var lines = new ArrayList<String>();
    for (var line : commands(config, "pre-boot-commands.txt")) {
      if (!line.contains("microprofile-metrics-configuration")) {
        lines.add(line);
      }
    }
    for (var line : monitoringBlock(config)) {
      lines.add(line.replace("https-listener.port=9090", "https-listener.port=" + monitoringPort));
    }
    lines.add(
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".https-listener.address=127.0.0.1");
    return lines;
  }

  static List<String> postBoot(Path config, Path war, boolean clustered) throws IOException {
    // As production: sessions replicated only where Hazelcast runs.
    return commands(config, clustered ? "cluster-post-boot-commands.txt" : "post-boot-commands.txt")
        .stream()
        .map(line -> line.replace(PRODUCTION_WAR, war.toAbsolutePath().toString()))
        .toList();
  }

  /** Production's monitoring commands, between its {@code monitoring:begin} and {@code :end}. */
  static List<String> monitoringBlock(Path config) throws IOException {
    var all = Files.readAllLines(config.resolve("production-pre-boot-commands.txt"));
    var begin = all.indexOf("# monitoring:begin");
    var end = all.indexOf("# monitoring:end");
    if (begin < 0 || end < begin) {
      throw new IllegalStateException("production-pre-boot-commands.txt has no monitoring block");
    }
    return all.subList(begin + 1, end).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  static List<String> commands(Path config, String file) throws IOException {
    return Files.readAllLines(config.resolve(file)).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
