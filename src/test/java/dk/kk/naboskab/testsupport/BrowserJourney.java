package dk.kk.naboskab.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A browser journey: each test gets a fresh headless Chromium with the journeys' rows in place, and
 * its last screen is kept as {@code last-<test>.png} whether it passed or not.
 */
public abstract class BrowserJourney {
  protected Browser browser;

  @BeforeEach
  protected void openBrowser() throws Exception {
    JourneyData.ensure();
    browser = new Browser();
  }

  @AfterEach
  protected void closeBrowser(TestInfo test) throws Exception {
    try {
      browser.fullScreenshot("last-" + test.getTestMethod().orElseThrow().getName());
    } finally {
      browser.close();
    }
  }
}
