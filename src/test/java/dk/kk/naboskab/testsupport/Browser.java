package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium (the system's, with the system chromedriver) with a fresh profile, as a
 * person's browser in the journeys. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  public Browser() throws IOException {
    profile =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "naboskab-chromium");
    var options =
        new ChromeOptions()
            .setBinary(System.getProperty("naboskab.chromium", "/usr/bin/chromium"))
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=da",
                // PrimeFaces then shows and hides its overlays at once (it honours the setting:
                // PrimeFaces.utils.disableAnimations). Chromium 156.0.8078.114 now and then never
                // ends a select menu's opening transition, so a click on an option did not take
                // and the journeys failed on a clean machine (docs/adr/0005).
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile);
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability("goog:loggingPrefs", logging);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(
                    System.getProperty("naboskab.chromedriver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * As a fresh browser: a blank page, no cookies, no stored data for any site, no download folder,
   * the JavaScript errors of earlier pages read away. A journey then signs in from nothing. The
   * HTTP cache stays, as a person's browser keeps it after signing out: fetching PrimeFaces'
   * scripts and styles anew for every test tested nothing and cost every test's first page.
   */
  public void forgetEverything() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    for (var origin : java.util.List.of(portalOrigin(), keycloakOrigin())) {
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
    }
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior", java.util.Map.of("behavior", "default"));
    javaScriptErrors();
  }

  private static String portalOrigin() {
    return "http://localhost:" + Integer.getInteger("it.portal.port", 18080);
  }

  private static String keycloakOrigin() {
    return "http://127.0.0.1:" + Integer.getInteger("it.keycloak.port", 18180);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** A folder the browser saves downloads in without asking. */
  public Path downloads() throws IOException {
    var folder = Files.createDirectories(profile.resolve("downloads"));
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
    return folder;
  }

  /**
   * Waits up to 20 seconds for the browser to have saved this download, and returns it.
   *
   * @throws IllegalStateException if it never arrives
   */
  public Path awaitDownload(String fileName) throws IOException, InterruptedException {
    var file = downloads().resolve(fileName);
    var until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (!Files.exists(file) && System.nanoTime() < until) {
      Thread.sleep(250);
    }
    if (!Files.exists(file)) {
      throw new IllegalStateException("the browser saved no " + fileName);
    }
    return file;
  }

  /** Saves a PNG of the page as it looks now and returns its path. */
  public Path screenshot(String name) throws IOException {
    var dir = Path.of(System.getProperty("naboskab.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    var file = dir.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** Saves a PNG of the whole page, however long, and returns its path. */
  public Path fullScreenshot(String name) throws IOException {
    var window = driver.manage().window();
    var size = window.getSize();
    var height =
        ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
    window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), Math.max(height + 200, 400)));
    driver.executeScript("window.scrollTo(0, 0)");
    try {
      return screenshot(name);
    } finally {
      window.setSize(size);
    }
  }

  /** JavaScript errors the page logged since the last call (a page that works must log none). */
  public java.util.List<String> javaScriptErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
