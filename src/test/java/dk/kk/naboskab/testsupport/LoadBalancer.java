package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * nginx from the system's packages in front of the portal's nodes (#19, ADR 28): round robin, no
 * sticky sessions, so consecutive requests of one browser land on different nodes. It passes the
 * browser's own {@code Host} on, so each node builds the same addresses (Keycloak's redirect, the
 * pages' links) as a single portal at the balancer's address would; a node that does not answer is
 * passed over for the next (a crashed node costs a request nothing).
 */
public final class LoadBalancer implements AutoCloseable {
  private final ChildProcess nginx;
  private final int port;
  private final Path dir;

  private LoadBalancer(ChildProcess nginx, int port, Path dir) {
    this.nginx = nginx;
    this.port = port;
    this.dir = dir;
  }

  /** Where the system's nginx is, or empty when it is not installed. */
  public static java.util.Optional<Path> nginx() {
    return java.util.stream.Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts nginx on {@code port} (loopback), balancing over the nodes' ports. */
  public static LoadBalancer start(Path dir, int port, List<Integer> nodes)
      throws IOException, InterruptedException {
    var binary =
        nginx()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "nginx is not installed: apt-get install nginx-light (.ci/run does)"));
    Files.createDirectories(dir.resolve("logs"));
    // A new balancer, a new log: what it served is this run's (an earlier run's is kept aside).
    if (Files.exists(dir.resolve("logs/access.log"))) {
      Files.move(
          dir.resolve("logs/access.log"),
          dir.resolve("logs/access-" + System.currentTimeMillis() + ".log"));
    }
    Files.createDirectories(dir.resolve("temp"));
    var config = dir.resolve("nginx.conf");
    Files.writeString(config, config(dir, port, nodes));
    var process =
        ChildProcess.start(
            "nginx",
            List.of(
                binary.toString(),
                "-p",
                dir.toString(),
                "-c",
                config.toString(),
                "-g",
                "daemon off;"),
            Map.of(),
            dir,
            dir.resolve("logs/nginx.out"));
    process.awaitHttp(
        URI.create("http://127.0.0.1:" + port + "/health/live"),
        r -> r.statusCode() == 200,
        Duration.ofSeconds(30));
    return new LoadBalancer(process, port, dir);
  }

  static String config(Path dir, int port, List<Integer> nodes) {
    var root = "root".equals(System.getProperty("user.name"));
    var upstream =
        nodes.stream()
            .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
            .collect(Collectors.joining("\n"));
    return """
        # Written by LoadBalancer for the demo's or a test's cluster; not for production
        # (docs/operations.md describes production's balancer).
        %s
        worker_processes 1;
        pid %s;
        error_log %s warn;
        events { worker_connections 1024; }
        http {
          log_format nodes '$request_method $uri $status $request_id $upstream_addr';
          access_log %s nodes;
          client_body_temp_path %s/body;
          proxy_temp_path %s/proxy;
          fastcgi_temp_path %s/fastcgi;
          uwsgi_temp_path %s/uwsgi;
          scgi_temp_path %s/scgi;
          client_max_body_size 64m;
          upstream naboskab {
        %s
          }
          # The pages' scripts and styles round-robin on their own, so that the pages and their
          # Ajax requests, one after another, alternate between the nodes strictly.
          upstream naboskab_resources {
        %s
          }
          server {
            listen 127.0.0.1:%d;
            # Scripts and styles need no session, and must not touch it: a node serving one
            # while another renders the page would store its older copy of the session over the
            # page's (ADR 28). Passed on without the browser's cookies. (PrimeFaces' dynamic
            # content, which the portal does not use, would need them: /dynamiccontent goes to /.)
            location ^~ /jakarta.faces.resource/ {
              proxy_pass http://naboskab_resources;
              proxy_set_header Host $http_host;
              proxy_set_header Cookie "";
              proxy_hide_header Set-Cookie;
            }
            location ^~ /jakarta.faces.resource/dynamiccontent {
              proxy_pass http://naboskab;
              proxy_set_header Host $http_host;
            }
            location / {
              proxy_pass http://naboskab;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Request-Id $request_id;
              proxy_next_upstream error timeout http_502 http_503;
              proxy_connect_timeout 2s;
              proxy_read_timeout 120s;
              add_header X-Naboskab-Node $upstream_addr always;
            }
          }
        }
        """
        .formatted(
            root ? "user root root;" : "",
            dir.resolve("nginx.pid"),
            dir.resolve("logs/error.log"),
            dir.resolve("logs/access.log"),
            dir.resolve("temp"),
            dir.resolve("temp"),
            dir.resolve("temp"),
            dir.resolve("temp"),
            dir.resolve("temp"),
            upstream,
            upstream,
            port);
  }

  /**
   * One request the balancer passed on, its id (the nodes' logs name it), and the node (its port)
   * that answered it, or "-".
   */
  public record Served(String method, String uri, int status, String id, String node) {}

  /** Every request so far but the health checks, in order. */
  public List<Served> served() throws IOException {
    var log = dir.resolve("logs/access.log");
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream()
        .map(l -> l.split(" ", 5))
        .filter(f -> !f[1].startsWith("/health/"))
        // "GET /path 200 <id> 127.0.0.1:8082, 127.0.0.1:8081": the node that answered is the last.
        .map(
            f ->
                new Served(
                    f[0],
                    f[1],
                    Integer.parseInt(f[2]),
                    f[3],
                    f[4].substring(f[4].lastIndexOf(' ') + 1).replace("127.0.0.1:", "")))
        .toList();
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    nginx.close();
  }
}
