package dk.kk.naboskab.testsupport;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal and Keycloak's login form as the journeys use them: by element id, the way a person
 * uses them (typing, choosing from PrimeFaces menus, clicking), waiting for each Ajax update.
 */
public final class PortalPage {
  private final WebDriver driver;
  private final URI base;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Without a message of its own ({@code withMessage} would change it for every later wait). */
  private final WebDriverWait wait;

  public PortalPage(WebDriver driver, URL base) throws Exception {
    this.driver = driver;
    this.base = base.toURI();
    this.wait = waitUpTo(driver, TIMEOUT);
  }

  /**
   * A wait that looks every 50 ms: Selenium's default of 500 ms cost each click-and-wait a quarter
   * of a second on average, a minute over the journeys.
   */
  private static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
  }

  /** Signs in at Keycloak from the front door and waits for the role's start page. */
  public static PortalPage signIn(Browser browser, URL portal, String user, String role)
      throws Exception {
    var page = new PortalPage(browser.driver(), portal);
    page.open("");
    page.signInAtKeycloak(user, "demo");
    page.waitForPath("/start/" + role + ".xhtml");
    return page;
  }

  public void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  public boolean isKeycloakLogin() {
    return !driver.findElements(By.id("kc-login")).isEmpty()
        && !driver.findElements(By.id("username")).isEmpty();
  }

  public void signInAtKeycloak(String user, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  public void waitForPath(String path) {
    waitUpTo(driver, TIMEOUT)
        .withMessage(
            () ->
                "expected "
                    + path
                    + " but the browser is at "
                    + driver.getCurrentUrl()
                    + ": "
                    + driver.getTitle())
        .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    wait.until(d -> !d.findElements(By.id("main")).isEmpty());
    Axe.scan(driver, path);
  }

  /** The current address's query parameter, e.g. the id of the record the page shows. */
  public String queryParameter(String name) {
    var query = URI.create(driver.getCurrentUrl()).getQuery();
    for (var pair : query == null ? new String[0] : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + driver.getCurrentUrl());
  }

  public void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBe(By.id(id), text));
  }

  public void waitForTextContaining(String id, String text) {
    waitUpTo(driver, TIMEOUT)
        .withMessage(() -> id + " should contain " + text + " but reads: " + textOrNothing(id))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  private String textOrNothing(String id) {
    var found = driver.findElements(By.id(id));
    return found.isEmpty() ? "(no such element)" : found.get(0).getText();
  }

  public boolean isShown(String id) {
    wait.until(d -> !d.findElements(By.id(id)).isEmpty());
    return driver.findElement(By.id(id)).isDisplayed();
  }

  public boolean exists(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText().trim();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText().trim();
  }

  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The data rows of a PrimeFaces table (not its empty-message row). */
  public int rowCount(String tableId) {
    return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr[data-ri]")).size();
  }

  public void click(String id) {
    driver.findElement(By.id(id)).click();
  }

  /** Clicks a PrimeFaces Ajax button or link and waits until its update is done. */
  public void clickAndWait(String id) {
    click(id);
    waitForAjax();
  }

  /** Types into a text field, replacing what was there. */
  public void type(String id, String text) {
    var field = driver.findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  /**
   * Types a day into a PrimeFaces date picker, as dd-MM-yyyy, and leaves the field with Tab as a
   * keyboard user would. The portal's pickers open their calendar only from their button, so no
   * overlay may be left open over the form; the check below fails if one is.
   */
  public void typeDate(String id, String day) {
    var field = driver.findElement(By.id(id + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(day);
    field.sendKeys(Keys.TAB);
    waitUpTo(driver, TIMEOUT)
        .withMessage(() -> id + " reads " + dateValue(id) + ", not " + day)
        .until(d -> day.equals(dateValue(id)));
    waitUpTo(driver, TIMEOUT)
        .withMessage(() -> id + "'s calendar is still open over the form")
        .until(d -> !isOverlayOpen(id + "_panel"));
    waitForAjax();
  }

  private boolean isOverlayOpen(String panelId) {
    var panels = driver.findElements(By.id(panelId));
    return !panels.isEmpty() && panels.get(0).isDisplayed();
  }

  /** Chooses a file in a PrimeFaces upload (it uploads at once) and waits for the upload. */
  public void upload(String id, java.nio.file.Path file) {
    driver.findElement(By.id(id + "_input")).sendKeys(file.toAbsolutePath().toString());
    waitForAjax();
  }

  public String value(String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  public String dateValue(String id) {
    return value(id + "_input");
  }

  /**
   * Opens a PrimeFaces select menu and clicks the option with this label; waits until the menu has
   * closed and shows the choice (a click elsewhere while it still closes would undo it), then for
   * any Ajax.
   */
  public void choose(String id, String label) {
    driver.findElement(By.id(id)).click();
    var option =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[id='"
                        + id
                        + "_items'] li[data-label=\""
                        + label.replace("\"", "\\\"")
                        + "\"]")));
    option.click();
    waitUpTo(driver, TIMEOUT)
        .withMessage(
            () -> id + " should show " + label + " but reads " + textOrNothing(id + "_label"))
        .until(d -> !isOverlayOpen(id + "_panel") && label.equals(textOrNothing(id + "_label")));
    waitForAjax();
  }

  /**
   * Types into a PrimeFaces auto-complete as a person would, waits for the server's suggestions and
   * clicks the one with this label; waits until the field holds it.
   */
  public void complete(String id, String typed, String label) {
    var field = driver.findElement(By.id(id + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(typed);
    var option =
        waitUpTo(driver, TIMEOUT)
            .withMessage(() -> id + " offers no " + label + ": " + suggestions(id))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(
                        "[id='"
                            + id
                            + "_panel'] li[data-item-label=\""
                            + label.replace("\"", "\\\"")
                            + "\"]")));
    option.click();
    waitUpTo(driver, TIMEOUT)
        .withMessage(() -> id + " should hold " + label + " but reads " + value(id + "_input"))
        .until(d -> label.equals(value(id + "_input")) && !isOverlayOpen(id + "_panel"));
    waitForAjax();
  }

  /** What an auto-complete offers now, one line each (its "more" line included). */
  public String suggestions(String id) {
    var panel = driver.findElements(By.id(id + "_panel"));
    return panel.isEmpty() ? "(no panel)" : panel.get(0).getText();
  }

  /** Types into an auto-complete and waits until its suggestions contain this text. */
  public void typeAndAwaitSuggestion(String id, String typed, String text) {
    var field = driver.findElement(By.id(id + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(typed);
    waitUpTo(driver, TIMEOUT)
        .withMessage(() -> id + " should offer " + text + " but offers: " + suggestions(id))
        .until(d -> suggestions(id).contains(text));
  }

  /** Clicks the radio button or check box whose label reads this. */
  public void chooseRadio(String label) {
    WebElement found = driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
    found.click();
  }

  /** The error PrimeFaces shows under a field, or empty. */
  public String fieldError(String id) {
    var messages =
        driver.findElements(
            By.cssSelector("[id='" + id + "'] ~ .ui-message-error .ui-message-error-detail"));
    if (messages.isEmpty()) {
      messages =
          driver.findElements(
              By.xpath(
                  "//*[@id='"
                      + id
                      + "']/ancestor::div[contains(@class,'nb-field')][1]//*[contains(@class,'ui-message-error-detail')]"));
    }
    return messages.isEmpty() ? "" : messages.get(0).getText().trim();
  }

  /**
   * How many data points the Chart.js chart in the element draws, once it has drawn: 0 for an empty
   * chart, and a failure when no chart was made at all.
   */
  public long chartPoints(String id) {
    return wait.until(
        d ->
            (Long)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var canvas = document.getElementById(arguments[0]).querySelector('canvas');"
                            + " var chart = canvas && window.Chart && Chart.getChart(canvas);"
                            + " if (!chart) { return null; }"
                            + " return chart.data.datasets.reduce(function (n, s) {"
                            + "   return n + s.data.filter(function (v) { return v !== null; }).length;"
                            + " }, 0);",
                        id));
  }

  public void waitForAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);"));
  }

  /** The keyboard's part of the page: focus moves by Tab, keys go where the focus is. */
  public final class Keyboard {
    /** The most Tabs between two fields: a page whose order needs more is a page to fix. */
    private static final int MOST_TABS = 120;

    /**
     * Presses Tab until the element is focused, and at every stop checks that the focus can be seen
     * (an outline or a shadow on the element or the component around it).
     */
    public void tabTo(String id) {
      var stops = new java.util.ArrayList<String>();
      for (var i = 0; i < MOST_TABS; i++) {
        press(Keys.TAB);
        requireVisibleFocus();
        var focused = focusedId();
        // The element, or a part of the component with that id (a menu's focusable input).
        if (id.equals(focused) || (focused != null && focused.startsWith(id + "_"))) {
          return;
        }
        if (stops.size() < 40) {
          var element = driver.switchTo().activeElement();
          stops.add(
              focused != null && !focused.isEmpty()
                  ? focused
                  : element.getTagName() + "." + element.getDomAttribute("class"));
        }
      }
      throw new AssertionError(MOST_TABS + " Tabs did not reach " + id + "; the stops: " + stops);
    }

    /** Presses keys where the focus is. */
    public void press(CharSequence... keys) {
      driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Types text where the focus is. */
    public void type(String text) {
      driver.switchTo().activeElement().sendKeys(text);
    }

    /** Presses one key until the element's text is the one wanted (a menu moved by arrows). */
    public void pressUntil(Keys key, String id, String text) {
      for (var i = 0; i < 30; i++) {
        if (text.equals(PortalPage.this.text(id))) {
          return;
        }
        press(key);
      }
      throw new AssertionError(id + " never read " + text + ": " + PortalPage.this.text(id));
    }

    public String focusedId() {
      return driver.switchTo().activeElement().getDomAttribute("id");
    }

    /** Fails unless the focused element, or one of the three around it, shows the focus. */
    private void requireVisibleFocus() {
      var shown =
          (Boolean)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "var e = document.activeElement;"
                          + " for (var i = 0; e && e !== document.body && i < 4; i++, e = e.parentElement) {"
                          + "   var s = getComputedStyle(e);"
                          + "   if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                          + "       || (s.boxShadow && s.boxShadow !== 'none')) { return true; }"
                          // PrimeFaces marks the visible part of a component with ui-state-focus.
                          + "   var part = e.querySelector('.ui-state-focus');"
                          + "   if (part && getComputedStyle(part).boxShadow !== 'none') { return true; }"
                          + " }"
                          + " return document.activeElement === document.body;");
      if (!Boolean.TRUE.equals(shown)) {
        throw new AssertionError(
            "the focus cannot be seen on "
                + driver.switchTo().activeElement().getDomAttribute("id")
                + " ("
                + driver.switchTo().activeElement().getTagName()
                + ")");
      }
    }
  }

  /** The page used by keyboard alone. */
  public Keyboard keyboard() {
    return new Keyboard();
  }
}
