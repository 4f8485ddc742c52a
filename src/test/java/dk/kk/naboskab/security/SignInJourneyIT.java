package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.NaboskabIT;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in as a person would: headless Chromium against the portal on Payara Micro and the real
 * Keycloak with the demo realm.
 */
@NaboskabIT
@RunAsClient
class SignInJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL portal;

  private Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @ParameterizedTest(name = "{0} lands on the {1} start page")
  @CsvSource({
    "hanne,  housing-staff,  Boligselskabsmedarbejder, Boligselskabet Amagerhus,",
    "ole,    housing-staff,  Boligselskabsmedarbejder, Boligforeningen Valby Have,",
    "bo,     support-worker, Støttemedarbejder,        Voksenenhed Amager, Boligrådgiver",
    "sara,   support-worker, Støttemedarbejder,        Voksenenhed Amager, 'Støttekontaktperson (SKP, §99)'",
    "henrik, support-worker, Støttemedarbejder,        Voksenenhed Amager, Hjemmevejleder (§85)",
    "karin,  coordinator,    Koordinator,              'Boligsocialt beredskab, Voksenenhed Amager',",
    "anna,   analyst,        Analytiker,               'Socialforvaltningen, Analyse',",
    "admin,  admin,          Administrator,            'Socialforvaltningen, IT',"
  })
  void everyDemoUserSignsInAndSeesTheirOwnStartPage(
      String user, String role, String roleLabel, String organisation, String workerType)
      throws Exception {
    var page = signIn(user, role);

    assertTrue(page.isShown("start-" + role), "start page section for " + role);
    assertEquals(roleLabel, page.text("nb-user-role"));
    assertEquals(organisation, page.text("nb-user-organisation"));
    if (workerType != null) {
      assertEquals(workerType, page.text("nb-user-worker-type"));
    }
    browser.screenshot("start-" + role + "-" + user);
    assertEquals(java.util.List.of(), browser.javaScriptErrors(), "no JavaScript errors");
  }

  @Test
  void hanneSeesHerAssociationsReferredTenantsWithTheirContactPerson() throws Exception {
    JourneyData.ensure();
    var page = signIn("hanne", "housing-staff");

    page.click("open-our-tenants");
    page.waitForPath("/tenancy/our-tenants.xhtml");

    var table = page.text("list:tenants");
    assertTrue(
        table.contains(JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME), table);
    assertTrue(table.contains(JourneyData.WORKER_NAME), table);
    assertFalse(table.contains("120385"), "no CPR number");
    browser.screenshot("our-tenants-hanne");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");
  }

  @Test
  void oleDoesNotSeeHannesTenants() throws Exception {
    JourneyData.ensure();
    var page = signIn("ole", "housing-staff");

    page.open("tenancy/our-tenants.xhtml");

    assertTrue(page.isShown("our-tenants"), "the list page");
    assertFalse(
        page.visibleText().contains(JourneyData.TENANT_LAST_NAME), "hanne's tenant is not shown");
  }

  @Test
  void boSeesTheTenantHeSupportsAndHisCaseload() throws Exception {
    JourneyData.ensure();
    var page = signIn("bo", "support-worker");

    page.click("open-my-tenants");
    page.waitForPath("/tenancy/my-tenants.xhtml");

    assertTrue(page.text("tenants").contains(JourneyData.TENANT_LAST_NAME), page.text("tenants"));
    assertEquals("Du støtter 1 borger i dag.", page.text("caseload"));
    browser.screenshot("my-tenants-bo");
  }

  @Test
  void aWorkerMissingFromTheRegisterIsToldWhy() throws Exception {
    var page = signIn("henrik", "support-worker");

    page.click("open-my-tenants");
    page.waitForPath("/tenancy/my-tenants.xhtml");

    assertTrue(
        page.text("not-registered").startsWith("Du er ikke registreret"),
        page.text("not-registered"));
    assertEquals("Du støtter ingen borgere i dag.", page.text("caseload"));
    browser.screenshot("my-tenants-unregistered");
  }

  @Test
  void anAnalystCannotOpenTheTenantLists() throws Exception {
    var page = signIn("anna", "analyst");

    page.open("tenancy/our-tenants.xhtml");
    assertTrue(page.isShown("error-forbidden"), "the forbidden page");
    page.open("tenancy/my-tenants.xhtml");
    assertTrue(page.isShown("error-forbidden"), "the forbidden page");
  }

  @Test
  void anUnauthenticatedVisitorIsSentToKeycloak() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.toURI().resolve("start/coordinator.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());

    assertEquals(302, response.statusCode());
    var location = response.headers().firstValue("Location").orElseThrow();
    assertTrue(
        location.startsWith(
            "http://127.0.0.1:"
                + Integer.getInteger("it.keycloak.port")
                + "/realms/naboskab/protocol/openid-connect/auth"),
        location);
  }

  @Test
  void aUserWithoutTheRoleGetsTheDanishForbiddenPage() throws Exception {
    var page = signIn("hanne", "housing-staff");

    page.open("start/coordinator.xhtml");

    assertTrue(page.isShown("error-forbidden"), "the forbidden page");
    assertEquals("Ingen adgang", page.heading());
    assertFalse(page.visibleText().contains("Exception"), "no stack trace");
    browser.screenshot("forbidden-hanne-on-coordinator");
  }

  @Test
  void signingOutEndsTheKeycloakSessionToo() throws Exception {
    var page = signIn("karin", "coordinator");

    page.click("sign-out");

    assertTrue(page.isShown("signed-out"), "the signed-out page");
    browser.screenshot("signed-out");
    // Had only the portal's session ended, Keycloak would sign karin straight back in.
    page.open("start/coordinator.xhtml");
    assertTrue(page.isKeycloakLogin(), "Keycloak asks for a password again");
  }

  @Test
  void theLanguageSwitchesToEnglishAndBack() throws Exception {
    var page = signIn("anna", "analyst");
    assertEquals("Analytiker", page.text("nb-user-role"));

    page.click("language:toggle");
    page.waitForText("nb-user-role", "Analyst");
    browser.screenshot("start-analyst-english");

    page.click("language:toggle");
    page.waitForText("nb-user-role", "Analytiker");
  }

  @Test
  void healthReportsTheDatabaseAndKeycloakUp() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.toURI().resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"database\""), response.body());
    assertTrue(response.body().contains("\"keycloak\""), response.body());
  }

  /** Signs in at Keycloak from the front door and waits for the role's start page. */
  private Page signIn(String user, String role) throws Exception {
    var page = new Page(browser.driver(), portal);
    page.open("");
    page.signInAtKeycloak(user, "demo");
    page.waitForPath("/start/" + role + ".xhtml");
    return page;
  }

  /** The portal and Keycloak's login form, as the journeys use them. */
  static final class Page {
    private final WebDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    Page(WebDriver driver, URL base) throws Exception {
      this.driver = driver;
      this.base = base.toURI();
      this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
      driver.get(base.resolve(path).toString());
    }

    boolean isKeycloakLogin() {
      return !driver.findElements(By.id("kc-login")).isEmpty()
          && !driver.findElements(By.id("username")).isEmpty();
    }

    void signInAtKeycloak(String user, String password) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      driver.findElement(By.id("username")).sendKeys(user);
      driver.findElement(By.id("password")).sendKeys(password);
      driver.findElement(By.id("kc-login")).click();
    }

    void waitForPath(String path) {
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

    void waitForText(String id, String text) {
      wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    boolean isShown(String id) {
      wait.until(d -> !d.findElements(By.id(id)).isEmpty());
      return driver.findElement(By.id(id)).isDisplayed();
    }

    String text(String id) {
      return driver.findElement(By.id(id)).getText().trim();
    }

    String heading() {
      return driver.findElement(By.tagName("h1")).getText().trim();
    }

    String visibleText() {
      return driver.findElement(By.tagName("body")).getText();
    }

    void click(String id) {
      driver.findElement(By.id(id)).click();
    }
  }
}
