package dk.kk.naboskab.pathway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The shelter pathway as its users meet it (#17), in headless Chromium against the real Keycloak:
 * lise records an intake and two observations; jonas, outposted to her shelter, sees the resident,
 * asks the shelter to document a theme more closely; lise answers with an observation that cites
 * the request. Bad input is refused on its field with what was typed kept; hanne gets nothing.
 */
@NaboskabIT
@RunAsClient
class PathwayJourneyIT extends BrowserJourney {
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
  void liseDocumentsJonasAsksAndLiseAnswersBuildingOnEachOther() throws Exception {
    JourneyData.ensure();
    var last = "Herbergsen" + System.nanoTime() % 10_000;
    var lise = PortalPage.signIn(browser, portal, "lise", "shelter-staff");
    browser.fullScreenshot("start-shelter-staff");
    lise.click("open-intake");
    lise.waitForPath("/pathway/intake.xhtml");
    lise.type("intake:firstName", "Preben");
    lise.type("intake:lastName", last);
    lise.type("intake:cpr", String.format("230371-%04d", System.nanoTime() % 10_000));
    lise.typeDate("intake:intakeDate", day(TODAY.plusDays(1)));
    lise.clickAndWait("intake:save");
    assertEquals(
        "Indskrivningsdatoen kan ikke ligge i fremtiden.", lise.fieldError("intake:intakeDate"));
    assertEquals(last, lise.value("intake:lastName"), "what was typed is kept");
    browser.fullScreenshot("intake-refused");

    lise.typeDate("intake:intakeDate", day(TODAY.minusDays(3)));
    lise.click("intake:save");
    lise.waitForPath("/pathway/stay.xhtml");
    var stay = lise.queryParameter("id");
    assertEquals("Preben " + last, lise.text("stay-name"));
    assertTrue(lise.text("stay-counter").contains("dag 3 af 90"), lise.text("stay-counter"));
    assertTrue(lise.text("vum-grid").contains("Ikke dokumenteret"), lise.text("vum-grid"));

    lise.choose("observe:themeId", "Boevne og praktiske opgaver i hjemmet");
    lise.typeDate("observe:observedOn", day(TODAY.minusDays(1)));
    lise.chooseRadio("Moderat nedsat");
    lise.type("observe:text", "Har selv handlet ind og lavet mad i fælleskøkkenet.");
    lise.clickAndWait("observe:save");
    lise.waitForTextContaining("observations", "lavet mad i fælleskøkkenet");
    lise.choose("observe:themeId", "Sundhed");
    lise.typeDate("observe:observedOn", day(TODAY));
    lise.chooseRadio("Let nedsat");
    lise.type("observe:text", "Tager sin medicin, når den er doseret.");
    lise.clickAndWait("observe:save");
    lise.waitForTextContaining("observations", "når den er doseret");
    assertTrue(lise.text("vum-grid").contains("1 observation(er)"), lise.text("vum-grid"));
    browser.fullScreenshot("stay-lise");
    lise.click("sign-out");
    assertTrue(lise.isShown("signed-out"), "signed out before the next person signs in");

    var jonas = PortalPage.signIn(browser, portal, "jonas", "case-worker");
    jonas.click("open-stays");
    jonas.waitForPath("/pathway/stays.xhtml");
    assertTrue(jonas.text("list:residents").contains("Preben " + last), "outposted to Sundholm");
    browser.fullScreenshot("stays-jonas");
    jonas.open("pathway/stay.xhtml?id=" + stay);
    assertFalse(jonas.exists("observe"), "the shelter observes; the case worker asks");
    // lise's intake named no case worker: jonas takes the case.
    assertEquals("Ingen endnu", jonas.text("stay-case-worker"));
    jonas.clickAndWait("take:save");
    jonas.waitForText("stay-case-worker", "Jonas Brix");
    assertFalse(jonas.exists("take"), "his case now");
    jonas.choose("ask:themeId", "Egenomsorg");
    jonas.typeDate("ask:dueOn", day(TODAY.minusDays(1)));
    jonas.type("ask:question", "Hvordan går det med måltiderne over en hel uge?");
    jonas.clickAndWait("ask:save");
    assertEquals("Fristen kan ikke ligge i fortiden.", jonas.fieldError("ask:dueOn"));
    jonas.typeDate("ask:dueOn", day(TODAY.plusDays(7)));
    jonas.clickAndWait("ask:save");
    jonas.waitForTextContaining("requests", "måltiderne");
    assertTrue(jonas.text("vum-grid").contains("1 anmodning(er) åben"), jonas.text("vum-grid"));
    browser.fullScreenshot("stay-jonas");

    // The week's resident review: the new resident is on the agenda; jonas records his attendance.
    jonas.open("pathway/review.xhtml");
    browser.driver().findElement(org.openqa.selenium.By.linkText("Herberget Sundholm")).click();
    jonas.waitForTextContaining("week-of", "Herberget Sundholm");
    // The new page's scripts (PrimeFaces gives each form its CSP nonce) have run before typing.
    jonas.waitForAjax();
    assertTrue(jonas.text("review:agenda").contains("Preben " + last), jonas.text("review:agenda"));
    jonas.typeDate("review:heldOn", day(TODAY.plusDays(1)));
    jonas.choose("review:caseWorkerId", "Jonas Brix");
    jonas.type("review:agenda:0:note", "Faldet godt til; handler selv.");
    jonas.type("review:agenda:0:nextStep", "Se på økonomien");
    jonas.clickAndWait("review:save");
    jonas.waitForTextContaining("review", "Mødet kan ikke være holdt i fremtiden.");
    assertEquals("Mødet kan ikke være holdt i fremtiden.", jonas.fieldError("review:heldOn"));
    assertEquals("Faldet godt til; handler selv.", jonas.value("review:agenda:0:note"), "kept");
    jonas.typeDate("review:heldOn", day(TODAY));
    jonas.clickAndWait("review:save");
    jonas.waitForTextContaining("flash", "Mødet er gemt.");
    browser.fullScreenshot("review-jonas");
    jonas.click("sign-out");
    assertTrue(jonas.isShown("signed-out"));

    lise = PortalPage.signIn(browser, portal, "lise", "shelter-staff");
    assertTrue(lise.text("open-requests").contains("måltiderne"), "on the shelter's start page");
    lise.open("pathway/stay.xhtml?id=" + stay);
    lise.clickAndWait("requests:request-table:0:answer");
    lise.waitForText("answering", "Observationen besvarer sagsbehandlerens anmodning.");
    lise.typeDate("observe:observedOn", day(TODAY));
    lise.chooseRadio("Let nedsat");
    lise.type("observe:text", "Spiser morgenmad hver dag; springer aftensmaden over i weekenden.");
    lise.clickAndWait("observe:save");
    lise.waitForTextContaining("requests", "Besvaret");
    assertTrue(lise.text("observations").contains("besvarer anmodning"), lise.text("observations"));
    browser.fullScreenshot("stay-answered");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");
    lise.click("sign-out");
    assertTrue(lise.isShown("signed-out"));

    // jonas recommends own home with home support, citing the shelter's observations.
    jonas = PortalPage.signIn(browser, portal, "jonas", "case-worker");
    jonas.open("pathway/stay.xhtml?id=" + stay);
    jonas.choose("recommend:outcome", "Egen bolig via den boligsociale anvisning");
    jonas.choose("recommend:support", "Hjemmevejleder (§85)");
    jonas.typeDate("recommend:recommendedOn", day(TODAY));
    jonas.type(
        "recommend:justification", "Handler og laver mad selv; har brug for støtte til økonomi.");
    jonas.clickAndWait("recommend:save");
    assertEquals(
        "Henvis til mindst én af herbergets observationer, som indstillingen bygger på.",
        jonas.fieldError("recommend:cited"));
    for (var box :
        browser
            .driver()
            .findElements(
                org.openqa.selenium.By.cssSelector("[id='recommend:cited'] .ui-chkbox-box"))) {
      box.click();
    }
    jonas.clickAndWait("recommend:save");
    jonas.waitForTextContaining("recommendation", "Hjemmevejleder (§85)");
    assertTrue(jonas.text("stay-status").contains("Indstillet"), jonas.text("stay-status"));
    assertTrue(
        jonas.text("approval-state").contains("Venter på godkendelse"),
        jonas.text("approval-state"));
    assertFalse(jonas.exists("approval"), "not his own recommendation");
    browser.fullScreenshot("stay-recommended");
    jonas.click("sign-out");
    assertTrue(jonas.isShown("signed-out"));

    // sofie, the second case worker at Sundholm, approves it from her start page.
    var sofie = PortalPage.signIn(browser, portal, "sofie", "case-worker");
    assertTrue(
        sofie.text("awaiting-approval").contains("Preben " + last),
        sofie.text("awaiting-approval"));
    browser.fullScreenshot("start-case-worker-approvals");
    sofie.open("pathway/stay.xhtml?id=" + stay);
    sofie.clickAndWait("approval:sendBack");
    assertEquals(
        "Skriv, hvorfor indstillingen sendes tilbage.", sofie.fieldError("approval:returnReason"));
    sofie.clickAndWait("approval:approve");
    sofie.waitForTextContaining("approval-state", "Godkendt af sofie");
    assertFalse(sofie.exists("approval"), "approved once");
    browser.fullScreenshot("stay-approved");
    sofie.click("sign-out");
    assertTrue(sofie.isShown("signed-out"));

    // karin turns the stay into a referred tenant when the citizen has a flat.
    var karin = PortalPage.signIn(browser, portal, "karin", "coordinator");
    karin.click("open-hand-over");
    karin.waitForPath("/pathway/hand-over.xhtml");
    assertTrue(karin.text("waiting:table").contains("Preben " + last), karin.text("waiting:table"));
    karin.clickAndWait("waiting:table:0:choose");
    karin.choose("handOver:departmentId", "Boligselskabet Amagerhus – Sundholm (1)");
    karin.type("handOver:address", "Sundholmsvej 10, 1. th.");
    karin.typeDate("handOver:moveInDate", day(TODAY));
    karin.choose("handOver:housingAdvisorId", JourneyData.WORKER_NAME + " – Voksenenhed Amager");
    karin.choose("handOver:consent", "Givet");
    karin.typeDate("handOver:consentDate", day(TODAY));
    browser.fullScreenshot("hand-over-karin");
    karin.click("handOver:save");
    karin.waitForPath("/tenancy/tenant.xhtml");
    assertEquals("Preben " + last, karin.text("tenant-name"));
    assertTrue(karin.text("responsible-who").contains(JourneyData.WORKER_NAME));
    // The pathway's figures: Sundholm's recommendation today, in calendar days.
    karin.open("insight/pathway.xhtml");
    assertTrue(
        karin.text("figures:clarified").contains("Herberget Sundholm"),
        karin.text("figures:clarified"));
    assertTrue(karin.chartPoints("figures:clarified-chart") > 0, "the chart draws the figures");
    // Each table with rows has its chart (the open requests' may have none today).
    for (var chart : List.of("attendance-chart", "moveIn-chart")) {
      assertTrue(karin.exists("figures:" + chart), chart);
    }
    assertTrue(
        karin.chartPoints("figures:attendance-chart") > 0, "jonas's attendance is drawn too");
    browser.fullScreenshot("pathway-figures-karin");
    karin.click("sign-out");
    assertTrue(karin.isShown("signed-out"));

    // hanne sees the new tenant with the contact person — and nothing of the pathway.
    var hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    hanne.open("tenancy/our-tenants.xhtml");
    hanne.waitForPath("/tenancy/our-tenants.xhtml");
    var row = hanne.text("list:tenants");
    assertTrue(row.contains("Preben " + last), row);
    assertTrue(row.contains(JourneyData.WORKER_NAME), row);
    for (var pathway : List.of("Herberget", "Indstillet", "Jonas Brix", "observation")) {
      assertFalse(hanne.visibleText().contains(pathway), "nothing of the pathway: " + pathway);
    }
    hanne.open("pathway/stay.xhtml?id=" + stay);
    assertTrue(hanne.isShown("error-forbidden"), "housing associations see nothing of the pathway");
  }
}
