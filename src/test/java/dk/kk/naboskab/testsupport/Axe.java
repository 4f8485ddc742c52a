package dk.kk.naboskab.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA, measured the way the accessibility issue measured it: axe-core (the script Deque's
 * Selenium jar carries) runs in every page a journey reaches, once per page and role in a run. Each
 * finding lands in {@code target/axe.txt}; a rule that is not among the {@link #KNOWN} faults (the
 * ones the accessibility statement lists) fails the journey, so a new kind of fault cannot come in
 * while the known ones are being fixed.
 */
public final class Axe {
  /**
   * The faults the accessibility statement admits (axe rule → the statement's words for it). Fix
   * one everywhere, and strike it here and from {@code accessibility.missing.*}.
   */
  static final Map<String, String> KNOWN = Map.of();

  private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

  private static final Set<String> SCANNED = ConcurrentHashMap.newKeySet();
  private static final List<String> UNKNOWN = new ArrayList<>();
  private static String script;

  private Axe() {}

  /** Runs axe-core in the page shown, unless this page was scanned for this role already. */
  public static void scan(WebDriver driver, String path) {
    var js = (JavascriptExecutor) driver;
    var role =
        (String)
            js.executeScript(
                "var r = document.getElementById('nb-user-role');"
                    + " return r ? r.textContent.trim() : 'anonymous';");
    var key = path + " " + role;
    if (!SCANNED.add(key)) {
      return;
    }
    js.executeScript(axeScript());
    var result =
        (String)
            js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " axe.run(document, {runOnly: {type: 'tag', values: "
                    + TAGS
                    + "}})"
                    + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                    + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: String(e), nodes: []}])); });");
    var lines = new ArrayList<String>();
    try (var reader = Json.createReader(new StringReader(result))) {
      for (var value : reader.readArray()) {
        var violation = (JsonObject) value;
        var rule = violation.getString("id");
        var nodes = violation.getJsonArray("nodes");
        var first = nodes.isEmpty() ? "" : nodes.getJsonObject(0).getJsonArray("target").toString();
        var line =
            "%s\t%s\t%s\t%d element(s), e.g. %s".formatted(path, role, rule, nodes.size(), first);
        lines.add(line);
        if (!KNOWN.containsKey(rule)) {
          synchronized (UNKNOWN) {
            UNKNOWN.add(line + " — " + violation.getString("help", ""));
          }
          // Scanned again at the next visit: a retried test meets the fault again.
          SCANNED.remove(key);
        }
      }
    }
    append(lines.isEmpty() ? List.of(path + "\t" + role + "\tclean") : lines);
  }

  /**
   * Fails when a page showed a fault the accessibility statement does not list; each is named once.
   */
  public static void check(String test) {
    List<String> found;
    synchronized (UNKNOWN) {
      found = List.copyOf(UNKNOWN);
      UNKNOWN.clear();
    }
    if (!found.isEmpty()) {
      throw new AssertionError(
          test
              + ": axe-core found WCAG 2.1 AA faults the accessibility statement does not list:\n  "
              + String.join("\n  ", found));
    }
  }

  private static synchronized String axeScript() {
    if (script == null) {
      try (var in = Axe.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test classpath (pom.xml)");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  private static synchronized void append(List<String> lines) {
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(
          Path.of("target", "axe.txt"),
          lines,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
