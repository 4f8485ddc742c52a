package dk.kk.naboskab.dev;

import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.PortalPage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The README's pictures, taken from the running demo ({@code ./mvnw -Pdemo}) as its users see it:
 * karin's start page, and her caseload with its chart against the goal. Run with {@code ./mvnw -q
 * exec:java -Dexec.mainClass=dk.kk.naboskab.dev.ReadmeScreenshots -Dexec.classpathScope=test} while
 * the demo runs; the pictures land in {@code docs/images}.
 */
public final class ReadmeScreenshots {
  private ReadmeScreenshots() {}

  public static void main(String[] args) throws Exception {
    var portal = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/").toURL();
    var images = Path.of("docs", "images");
    try (var browser = new Browser()) {
      var karin = PortalPage.signIn(browser, portal, "karin", "coordinator");
      Files.copy(
          browser.screenshot("readme-start"),
          images.resolve("start-coordinator.png"),
          StandardCopyOption.REPLACE_EXISTING);
      karin.open("insight/caseload.xhtml");
      karin.waitForPath("/insight/caseload.xhtml");
      karin.chartPoints("caseload-form:goal-chart");
      // The last rows of the table per unit and type, and the chart under them.
      browser
          .driver()
          .executeScript(
              "document.getElementById('goal-chart-title').scrollIntoView();"
                  + " window.scrollBy(0, -330);");
      Files.copy(
          browser.screenshot("readme-caseload"),
          images.resolve("caseload-coordinator.png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
