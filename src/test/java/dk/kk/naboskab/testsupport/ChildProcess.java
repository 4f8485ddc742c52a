package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server run as a child process with its output in a log file: started, waited for until an HTTP
 * address answers as expected, and stopped with its whole process tree so nothing is left behind.
 */
public final class ChildProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ChildProcess start(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    var builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new ChildProcess(name, builder.start(), log);
  }

  /**
   * Waits until {@code url} answers with a body the check accepts.
   *
   * @throws IllegalStateException naming the log when the process dies or the time runs out
   */
  public void awaitHttp(URI url, Predicate<HttpResponse<String>> ready, Duration timeout)
      throws InterruptedException {
    var deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name
                + " stopped during start-up (exit "
                + process.exitValue()
                + "); see "
                + log
                + "\n"
                + tail());
      }
      try {
        var response =
            HTTP.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.test(response)) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name
            + " was not ready at "
            + url
            + " within "
            + timeout.toSeconds()
            + " s; see "
            + log
            + "\n"
            + tail());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** The last lines of the log, for an error message. */
  public String tail() {
    try {
      var lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** Kills the process tree at once, as a crash would (SIGKILL: no shutdown hooks run). */
  public void kill() {
    var tree = process.descendants().toList();
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the process tree to stop, and kills what is still there after 30 s. */
  @Override
  public void close() {
    var tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Fails with a clear message when something already listens on the port. */
  public static void requireFreePort(int port, String forWhat) {
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port "
              + port
              + " ("
              + forWhat
              + ") is already in use. Stop what uses it, or choose another port.");
    }
  }
}
