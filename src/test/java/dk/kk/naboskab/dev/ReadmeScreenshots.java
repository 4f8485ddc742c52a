package dk.kk.naboskab.dev;

import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.PortalPage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The README's pictures, taken from the running demo ({@code ./mvnw -Pdemo}) as its users see it:
 * karin's caseload with its chart against the goal. Run with {@code ./mvnw -q exec:java
 * -Dexec.mainClass=dk.kk.naboskab.dev.ReadmeScreenshots -Dexec.classpathScope=test} while the demo
 * runs; the pictures land in {@code docs/images}.
 */
public final class ReadmeScreenshots {
  private ReadmeScreenshots() {}

  public static void main(String[] args) throws Exception {
    var portal = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/").toURL();
    var images = Path.of("docs", "images");
    try (var browser = new Browser()) {
      var karin = PortalPage.signIn(browser, portal, "karin", "coordinator");
      karin.open("insight/caseload.xhtml");
      karin.waitForPath("/insight/caseload.xhtml");
      karin.chartPoints("caseload-form:goal-chart");
      // The table per unit and type with the chart under it, from the top of the card.
      browser.driver().executeScript("document.getElementById('caseload-form').scrollIntoView()");
      Files.copy(
          browser.screenshot("readme-caseload"),
          images.resolve("caseload-coordinator.png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
