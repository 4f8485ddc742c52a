package dk.kk.naboskab.testsupport;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Two Payara Micro nodes of the portal in one Hazelcast cluster on loopback, behind nginx ({@link
 * LoadBalancer}), on the test run's MariaDB, Keycloak and mail server (#19, ADR 28). The nodes
 * deploy the plain WAR (no test classes, no test clock) with the test Payara's settings, except
 * that the portal's address is the balancer's, which Keycloak is told to accept.
 */
public final class PortalCluster implements AutoCloseable {
  /** Hazelcast's first port; the second node takes the next. */
  static final int HAZELCAST_PORT = 5960;

  private final List<ChildProcess> nodes;
  private final List<Integer> ports;
  private final LoadBalancer balancer;
  private final Path dir;
  private final String portal;

  private PortalCluster(
      List<ChildProcess> nodes,
      List<Integer> ports,
      LoadBalancer balancer,
      Path dir,
      String portal) {
    this.nodes = nodes;
    this.ports = ports;
    this.balancer = balancer;
    this.dir = dir;
    this.portal = portal;
  }

  /** Hazelcast on loopback only, its members found by address, one cluster by name. */
  public static List<String> hazelcastOptions(String cluster) {
    return List.of(
        "--clustername",
        cluster,
        "--clustermode",
        "tcpip:127.0.0.1:" + HAZELCAST_PORT + ",127.0.0.1:" + (HAZELCAST_PORT + 1),
        "--startport",
        String.valueOf(HAZELCAST_PORT),
        "--interfaces",
        "127.0.0.1",
        "--nohostaware");
  }

  /**
   * Starts two nodes on {@code basePort + 1} and {@code + 2} and the balancer on {@code basePort};
   * returns once both nodes are ready and the balancer answers.
   */
  public static PortalCluster start(int basePort) throws Exception {
    RealServers.awaitKeycloak();
    var target = Path.of(System.getProperty("naboskab.servers")).getParent();
    var dir = target.resolve("it-cluster");
    Files.createDirectories(dir);
    var portal = "http://localhost:" + basePort;
    new KeycloakAdmin().addPortalAddress(portal);
    var ports = List.of(basePort + 1, basePort + 2);
    var nodes = new ArrayList<ChildProcess>();
    LoadBalancer balancer = null;
    try {
      for (var i = 0; i < ports.size(); i++) {
        nodes.add(node(dir, "node" + (i + 1), ports.get(i), portal));
      }
      for (var i = 0; i < ports.size(); i++) {
        awaitReady(nodes.get(i), ports.get(i));
      }
      balancer = LoadBalancer.start(dir.resolve("nginx"), basePort, ports);
      return new PortalCluster(nodes, new ArrayList<>(ports), balancer, dir, portal);
    } catch (Exception | Error e) {
      nodes.forEach(ChildProcess::close);
      throw e;
    }
  }

  private static boolean logHolds(ChildProcess node, String text) {
    try {
      return Files.readString(node.log(), java.nio.charset.StandardCharsets.ISO_8859_1)
          .contains(text);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static void awaitReady(ChildProcess node, int port) throws InterruptedException {
    // A deployment that failed says so in the log at once: no four minutes' wait for it.
    var failed = new java.util.concurrent.atomic.AtomicBoolean();
    node.awaitHttp(
        URI.create("http://127.0.0.1:" + port + "/health/ready"),
        r -> {
          if (logHolds(node, "Exception while loading the app")) {
            failed.set(true);
            return true;
          }
          return r.statusCode() == 200 && r.body().contains("\"database\"");
        },
        Duration.ofMinutes(4));
    if (failed.get()) {
      throw new IllegalStateException(
          "the portal did not deploy on port " + port + ":\n" + node.tail());
    }
  }

  private static ChildProcess node(Path dir, String name, int port, String portal)
      throws Exception {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The test Payara's settings (the POM's payara.cmdOptions), then this cluster's address: the
    // last -D of a name wins.
    command.addAll(Arrays.asList(System.getProperty("payara.cmdOptions").trim().split("\\s+")));
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dnaboskab.portal.url=" + portal);
    // The fault test files a thousand concerns as one association's system at once.
    command.add("-Dnaboskab.api.rate-per-minute=100000");
    command.add("-Dnaboskab.api.burst=100000");
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--port",
            String.valueOf(port),
            "--logproperties",
            Path.of("config/payara/logging.properties").toAbsolutePath().toString(),
            "--rootdir",
            dir.resolve(name).toString()));
    // The portal on the node's port, its /metrics on the node's port + 10 (PayaraBoot, #19).
    command.addAll(
        PayaraBoot.options(
            PayaraBoot.CONFIG,
            dir.resolve(name + "-boot"),
            Path.of(System.getProperty("naboskab.war")),
            monitoringPort(port),
            true));
    command.addAll(hazelcastOptions("naboskab-it"));
    // A restarted node's log follows its first life's.
    var log = dir.resolve(name + ".log");
    if (Files.exists(log)) {
      Files.move(
          log,
          dir.resolve(name + "-" + System.currentTimeMillis() + ".log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return ChildProcess.start("Payara Micro (" + name + ")", command, Map.of(), dir, log);
  }

  /** The portal's address through the balancer. */
  public URL url() throws Exception {
    return URI.create("http://localhost:" + balancer.port() + "/").toURL();
  }

  /** Every request the balancer passed on so far, in order (health checks aside). */
  public List<LoadBalancer.Served> served() throws Exception {
    return balancer.served();
  }

  /**
   * The node (its port) that answered each page and Ajax request the balancer passed on, in order
   * (not the scripts and styles, which round-robin on their own).
   */
  public List<String> servedBy() throws Exception {
    return balancer.served().stream()
        .filter(s -> !s.uri().startsWith("/jakarta.faces.resource/"))
        .map(LoadBalancer.Served::node)
        .toList();
  }

  /** Where a node's /metrics answer: its port + 10, on loopback. */
  public static int monitoringPort(int port) {
    return port + 10;
  }

  public List<Integer> ports() {
    return ports;
  }

  /** Kills the node on {@code port} as a crash would (SIGKILL: no shutdown, no goodbye). */
  public void crash(int port) {
    var node = nodes.get(ports.indexOf(port));
    node.kill();
  }

  /** Starts the node on {@code port} again (after a crash) and waits until it is ready. */
  public void restart(int port) throws Exception {
    var index = ports.indexOf(port);
    nodes.get(index).close();
    var node = node(dir, "node" + (index + 1), port, portal);
    nodes.set(index, node);
    awaitReady(node, port);
    // The balancer marked the node failed while it was down: a few requests through it let it
    // find the node again before a test counts on both.
    var http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    for (var i = 0; i < 6; i++) {
      http.send(
          java.net.http.HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + balancer.port() + "/health/live"))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      Thread.sleep(1000);
    }
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    balancer.close();
    nodes.forEach(ChildProcess::close);
  }
}
