package dk.kk.naboskab.tenancy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.BrowserJourney;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.PortalPage;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The tenancy pages as their users meet them, in headless Chromium against the real Keycloak: a
 * coordinator registers a tenant and assigns a worker, who then sees the tenant; bad input is
 * refused on its field and nothing typed is lost; two coordinators editing at once; nobody opens
 * what is not theirs by editing the id in the address.
 */
@NaboskabIT
@RunAsClient
class TenancyJourneyIT extends BrowserJourney {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL portal;

  private static String day(LocalDate day) {
    return DAY.format(day);
  }

  @Test
  void karinRegistersATenantAssignsBoAndBoSeesTheTenantInHisList() throws Exception {
    var page = PortalPage.signIn(browser, portal, "karin", "coordinator");
    page.click("open-tenants");
    page.waitForPath("/tenancy/tenants.xhtml");
    browser.fullScreenshot("tenants-karin");
    page.click("open-register");
    page.waitForPath("/tenancy/register.xhtml");

    page.type("register:firstName", "Signe");
    page.type("register:lastName", "Journeysen");
    page.type("register:cpr", "150590-12");
    page.type("register:phone", "33 33 44 55");
    page.choose("register:departmentId", "Boligselskabet Amagerhus – Sundholm (1)");
    page.type("register:address", "Sundholmsvej 10, 3. tv.");
    page.typeDate("register:referralDate", day(TODAY.minusDays(10)));
    page.typeDate("register:moveInDate", day(TODAY.minusDays(20)));
    page.chooseRadio("Længerevarende støttebehov");
    page.choose("register:consent", "Givet");
    page.typeDate("register:consentDate", day(TODAY.minusDays(10)));
    page.clickAndWait("register:save");

    assertEquals(
        "CPR-nummeret skal være 10 cifre, fx 010190-1234.", page.fieldError("register:cpr"));
    assertEquals("Signe", page.value("register:firstName"), "what was typed is kept");
    assertEquals(day(TODAY.minusDays(20)), page.dateValue("register:moveInDate"));
    browser.fullScreenshot("register-refused-cpr");

    page.type("register:cpr", "150590-1234");
    page.clickAndWait("register:save");
    assertEquals(
        "Indflytningsdatoen kan ikke ligge før anvisningsdatoen.",
        page.fieldError("register:moveInDate"));

    page.typeDate("register:moveInDate", day(TODAY.minusDays(5)));
    page.click("register:save");
    page.waitForPath("/tenancy/tenant.xhtml");
    assertEquals("Signe Journeysen", page.text("tenant-name"));
    assertTrue(page.text("flash").contains("Signe Journeysen er registreret."), page.text("flash"));
    assertEquals("Boligsocialt beredskab, Amager", page.text("responsible-who"));
    assertEquals("150590-****", page.text("cprForm:cpr"));

    page.clickAndWait("cprForm:reveal");
    page.waitForText("cprForm:cpr", "150590-1234");

    page.choose("assign:role", "Boligrådgiver");
    page.choose("assign:worker", JourneyData.WORKER_NAME + " – Voksenenhed Amager");
    page.typeDate("assign:from", day(TODAY.minusDays(5)));
    page.clickAndWait("assign:save");
    page.waitForText("responsible-who", JourneyData.WORKER_NAME);
    assertTrue(
        page.text("responsible-why").contains("Boligrådgiver Bo Lindholm er tilknyttet."),
        page.text("responsible-why"));
    assertTrue(page.text("assignments:table").contains(JourneyData.WORKER_NAME));
    assertTrue(page.text("history").contains("tilknyttet fra"), page.text("history"));

    // A second housing advisor at the same time is refused, on the field, and nothing is stored.
    page.choose("assign:role", "Boligrådgiver");
    page.choose("assign:worker", JourneyData.WORKER_NAME + " – Voksenenhed Amager");
    page.typeDate("assign:from", day(TODAY));
    page.clickAndWait("assign:save");
    assertTrue(
        page.fieldError("assign:from")
            .startsWith("Borgeren har allerede en medarbejder i denne rolle"),
        page.fieldError("assign:from"));
    browser.fullScreenshot("tenant-karin");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");

    // What the association sees follows the tenant's consent, at once (#16 part 2).
    page.clickAndWait("associationSees:show");
    page.waitForText("association-contact", JourneyData.WORKER_NAME);
    page.choose("consent:state", "Trukket tilbage");
    page.typeDate("consent:givenOn", day(TODAY));
    page.clickAndWait("consent:save");
    page.waitForText("association-contact", "Boligsocialt beredskab, Amager");
    assertTrue(
        page.text("consent:history").contains("Trukket tilbage"), page.text("consent:history"));
    browser.fullScreenshot("tenant-consent-withdrawn");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");

    page.click("sign-out");
    assertTrue(page.isShown("signed-out"), "signed out before the next person signs in");
    var bo = PortalPage.signIn(browser, portal, "bo", "support-worker");
    bo.click("open-my-tenants");
    bo.waitForPath("/tenancy/my-tenants.xhtml");
    assertTrue(bo.text("tenants").contains("Signe Journeysen"), bo.text("tenants"));

    bo.click("sign-out");
    assertTrue(bo.isShown("signed-out"), "signed out before the next person signs in");
    var hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    hanne.open("tenancy/our-tenant.xhtml?id=" + JourneyData.tenantId("Journeysen"));
    assertEquals("Boligsocialt beredskab, Amager", hanne.text("contact-name"));
    assertFalse(hanne.visibleText().contains(JourneyData.WORKER_NAME), hanne.visibleText());
  }

  @Test
  void karinFindsATenantByNameAndByExactCprNumber() throws Exception {
    var page = PortalPage.signIn(browser, portal, "karin", "coordinator");
    page.open("tenancy/tenants.xhtml");

    page.type("list:text", JourneyData.TENANT_LAST_NAME);
    page.waitForTextContaining("list:tenants", "1–1 / 1");
    assertTrue(page.text("list:tenants").contains(JourneyData.TENANT_LAST_NAME));

    page.type("cprSearch:cpr", "010101-0000");
    page.clickAndWait("cprSearch:find");
    assertEquals("Der er ingen borger med dette CPR-nummer.", page.fieldError("cprSearch:cpr"));

    page.type("cprSearch:cpr", "1203851234");
    page.click("cprSearch:find");
    page.waitForPath("/tenancy/tenant.xhtml");
    assertEquals(
        JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME,
        page.text("tenant-name"));
  }

  @Test
  void theSecondOfTwoCoordinatorsSavingTheSameTenantIsToldAndKeepsWhatTheyTyped() throws Exception {
    var tenant = JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    var first = PortalPage.signIn(browser, portal, "karin", "coordinator");
    try (var other = new Browser()) {
      var second = PortalPage.signIn(other, portal, "karin", "coordinator");
      first.open("tenancy/tenant.xhtml?id=" + tenant);
      second.open("tenancy/tenant.xhtml?id=" + tenant);
      first.clickAndWait("edit:startEditing");
      second.clickAndWait("edit:startEditing");

      first.type("edit:phone", "11 22 33 44");
      first.clickAndWait("edit:save");
      assertTrue(first.text("flash").contains("Oplysningerne er gemt."), first.text("flash"));

      second.type("edit:phone", "55 66 77 88");
      second.clickAndWait("edit:save");
      assertTrue(
          second.text("edit:messages").contains("En anden har gemt ændringer til borgeren"),
          second.text("edit:messages"));
      assertEquals("55 66 77 88", second.value("edit:phone"), "what was typed is kept");
      other.fullScreenshot("tenant-conflict");

      second.clickAndWait("edit:takeLatest");
      assertEquals("11 22 33 44", second.value("edit:phone"));
    }
  }

  @Test
  void housingStaffCannotOpenAnotherAssociationsTenantByEditingTheId() throws Exception {
    var own = JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    var others = JourneyData.tenantId(JourneyData.OTHER_TENANT_LAST_NAME);
    var page = PortalPage.signIn(browser, portal, "hanne", "housing-staff");

    page.open("tenancy/our-tenant.xhtml?id=" + own);
    assertEquals(JourneyData.WORKER_NAME, page.text("contact-name"));
    assertFalse(page.visibleText().contains("120385"), "no CPR number");
    browser.screenshot("our-tenant-hanne");

    page.open("tenancy/our-tenant.xhtml?id=" + others);
    assertTrue(page.isShown("error-forbidden"), "another association's tenant");
    assertFalse(page.visibleText().contains(JourneyData.OTHER_TENANT_LAST_NAME));
    page.open("tenancy/our-tenant.xhtml?id=99999999");
    assertTrue(page.isShown("error-forbidden"), "an id that does not exist reads the same");
    page.open("tenancy/tenant.xhtml?id=" + own);
    assertTrue(page.isShown("error-forbidden"), "the coordinators' tenant page");
    page.open("tenancy/tenants.xhtml");
    assertTrue(page.isShown("error-forbidden"), "the coordinators' list");
  }

  @Test
  void workersAndAnalystsCannotOpenTheCoordinatorsPages() throws Exception {
    var own = JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    var bo = PortalPage.signIn(browser, portal, "bo", "support-worker");
    for (var path :
        List.of(
            "tenancy/tenant.xhtml?id=" + own,
            "tenancy/tenants.xhtml",
            "tenancy/register.xhtml",
            "tenancy/our-tenant.xhtml?id=" + own,
            "admin/organisation.xhtml")) {
      bo.open(path);
      assertTrue(bo.isShown("error-forbidden"), path);
    }
  }

  @Test
  void karinRegistersAnAbsenceAndASubstituteLoopIsRefused() throws Exception {
    var page = PortalPage.signIn(browser, portal, "karin", "coordinator");
    page.click("open-absences");
    page.waitForPath("/tenancy/absences.xhtml");
    var from = TODAY.plusDays(60);

    page.choose("absence:worker", JourneyData.WORKER_NAME + " – Voksenenhed Amager");
    page.choose("absence:substitute", JourneyData.SUBSTITUTE_NAME + " – Voksenenhed Amager");
    page.typeDate("absence:from", day(from));
    page.typeDate("absence:until", day(from.plusDays(7)));
    page.clickAndWait("absence:save");
    assertTrue(page.text("flash").contains("Fraværet er registreret."), page.text("flash"));
    assertTrue(page.text("current:table").contains(JourneyData.SUBSTITUTE_NAME));

    page.choose("absence:worker", JourneyData.SUBSTITUTE_NAME + " – Voksenenhed Amager");
    page.choose("absence:substitute", JourneyData.WORKER_NAME + " – Voksenenhed Amager");
    page.typeDate("absence:from", day(from.plusDays(2)));
    page.clickAndWait("absence:save");
    assertEquals(
        "Stedfortræderen fører tilbage til den fraværende medarbejder. Vælg en anden stedfortræder.",
        page.fieldError("absence:substitute"));
    browser.fullScreenshot("absences-karin");
  }

  @Test
  void adminCreatesAnAdultUnitAndIsToldWhatIsWrongFirst() throws Exception {
    var page = PortalPage.signIn(browser, portal, "admin", "admin");
    page.click("open-organisation");
    page.waitForPath("/admin/organisation.xhtml");

    page.clickAndWait("table:create");
    page.type("editor:code", "nord vest");
    page.type("editor:name", "Voksenenhed Nordvest");
    page.clickAndWait("editor:save");
    assertEquals(
        "Koden må kun indeholde store bogstaver, cifre og bindestreg, højst 20 tegn.",
        page.fieldError("editor:code"));
    assertEquals("Angiv navnet på det boligsociale beredskab.", page.fieldError("editor:teamName"));
    assertEquals("Voksenenhed Nordvest", page.value("editor:name"), "what was typed is kept");

    page.type("editor:code", "NORDVEST");
    page.type("editor:teamName", "Boligsocialt beredskab, Nordvest");
    page.clickAndWait("editor:save");
    assertTrue(page.text("table:rows").contains("Voksenenhed Nordvest"), page.text("table:rows"));
    browser.fullScreenshot("organisation-admin");
  }
}
