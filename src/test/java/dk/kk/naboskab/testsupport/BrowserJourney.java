package dk.kk.naboskab.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A browser journey: one headless Chromium per class, emptied before each test (no cookies, no
 * storage: every test signs in from nothing), the journeys' rows in place, and each test's last
 * screen kept as {@code last-<test>.png} whether it passed or not. A test that needs a second
 * person at once opens a second {@link Browser} of its own.
 */
public abstract class BrowserJourney {
  private static Browser shared;

  protected Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    RealServers.awaitKeycloak();
    shared = new Browser();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  @BeforeEach
  protected void openBrowser() throws Exception {
    JourneyData.ensure();
    shared.forgetEverything();
    browser = shared;
  }

  @AfterEach
  protected void keepLastScreen(TestInfo test) throws Exception {
    browser.fullScreenshot("last-" + test.getTestMethod().orElseThrow().getName());
  }
}
