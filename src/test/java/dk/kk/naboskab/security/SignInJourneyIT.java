package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.PortalPage;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    // Other journeys may assign bo more tenants: the caseload is the number of rows shown.
    var rows = page.rowCount("tenants");
    assertTrue(rows >= 1);
    assertEquals(
        rows == 1 ? "Du støtter 1 borger i dag." : "Du støtter " + rows + " borgere i dag.",
        page.text("caseload"));
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

  private PortalPage signIn(String user, String role) throws Exception {
    return PortalPage.signIn(browser, portal, user, role);
  }
}
