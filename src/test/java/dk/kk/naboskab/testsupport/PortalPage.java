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
  private final WebDriverWait wait;

  public PortalPage(WebDriver driver, URL base) throws Exception {
    this.driver = driver;
    this.base = base.toURI();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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
    new WebDriverWait(driver, Duration.ofSeconds(30))
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
    wait.withMessage(() -> id + " should contain " + text + " but reads: " + textOrNothing(id))
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
   * Types a day into a PrimeFaces date picker, as dd-MM-yyyy, and closes its calendar. The picker
   * sometimes swallows keys while its calendar opens, so the value is checked and typed again.
   */
  public void typeDate(String id, String day) {
    for (var attempt = 0; attempt < 3; attempt++) {
      var field = driver.findElement(By.id(id + "_input"));
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      field.sendKeys(day);
      field.sendKeys(Keys.ESCAPE);
      if (day.equals(dateValue(id))) {
        return;
      }
    }
    throw new AssertionError(id + " reads " + dateValue(id) + ", not " + day);
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

  /** Opens a PrimeFaces select menu and clicks the option with this label; waits for any Ajax. */
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
    waitForAjax();
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
}
