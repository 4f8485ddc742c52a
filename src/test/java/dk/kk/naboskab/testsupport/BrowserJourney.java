package dk.kk.naboskab.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A browser journey: one headless Chromium per class, emptied before each test (no cookies, no
 * storage: every test signs in from nothing), the journeys' rows in place, and a failed test's last
 * screen kept as {@code last-<test>.png}. A test that needs a second person at once opens a second
 * {@link Browser} of its own.
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

  /**
   * Every request the test made kept within its SQL budget, no session grew past its limit ({@link
   * PageBudgets}), and no page it reached showed an accessibility fault the statement does not list
   * ({@link Axe}).
   */
  @AfterEach
  protected void withinTheirBudgets(TestInfo test) {
    var name =
        test.getTestClass().orElseThrow().getSimpleName()
            + "."
            + test.getTestMethod().orElseThrow().getName();
    PageBudgets.check(name);
    PageBudgets.checkSessions(name);
    Axe.check(name);
  }

  /** The screen a failed test ended on (the browser lives on until the class ends). */
  @RegisterExtension
  final TestWatcher keepTheLastScreenOfAFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          try {
            browser.fullScreenshot("last-" + context.getRequiredTestMethod().getName());
          } catch (Exception e) {
            cause.addSuppressed(e);
          }
        }
      };
}
