package dk.kk.naboskab.concern.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.BrowserJourney;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.PortalPage;
import dk.kk.naboskab.testsupport.TimersNow;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The heart of the portal as its users meet it: hanne files a concern with a photo, it lands in
 * bo's inbox, bo acknowledges, writes an internal note and replies, hanne sees the reply and the
 * status — and the internal note nowhere; ole cannot open hanne's concern.
 */
@NaboskabIT
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcernJourneyIT extends BrowserJourney {
  private static final String NOTE = "INTERN: borgeren er indlagt";
  private static final String REPLY = "Vi kommer på hjemmebesøg i morgen formiddag.";

  /** A real picture, and a file that only starts like one (named as a PDF). */
  private static final byte[] PNG = dk.kk.naboskab.testsupport.TestImages.png();

  private static final byte[] PNG_SIGNATURE = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL portal;

  @Test
  @Order(1)
  void hanneFilesBoAnswersAndTheInternalNoteNeverReachesTheAssociation() throws Exception {
    var files = Files.createDirectories(Path.of("target", "journey-files"));
    var photo = Files.write(files.resolve("trappe.png"), PNG);
    var fake = Files.write(files.resolve("faktura.pdf"), PNG_SIGNATURE);
    var tenant = JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME;

    // hanne files, first without a description and with a file that is not what it says
    var hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    hanne.click("open-file");
    hanne.waitForPath("/concern/file.xhtml");
    // The journeys' tenant is the last of hanne's list, past where the first form stopped: she
    // finds
    // them by typing part of the name.
    hanne.complete("file:tenantId", "Testes", tenant + " – Sundholmsvej 10, 2. th (Sundholm)");
    hanne.choose("file:categoryId", "Støj og naboklager");
    hanne.chooseRadio("Haster");
    hanne.upload("file:attachments", fake);
    hanne.waitForTextContaining(
        "file:attachmentsMessage", "faktura.pdf er ikke, hvad navnet siger");
    hanne.upload("file:attachments", photo);
    hanne.waitForTextContaining("file:files", "trappe.png");
    hanne.clickAndWait("file:save");
    assertEquals("Beskriv, hvad der er sket.", hanne.fieldError("file:description"));
    assertTrue(hanne.text("file:files").contains("trappe.png"), "the file is kept");
    browser.fullScreenshot("file-concern-refused");

    hanne.type("file:description", "Høj musik og råben fra lejligheden hver nat i en uge.");
    hanne.click("file:save");
    hanne.waitForPath("/concern/concern.xhtml");
    var address = browser.driver().getCurrentUrl();
    assertEquals("Ny", hanne.text("concern-status"));
    assertEquals(JourneyData.WORKER_NAME, hanne.text("concern-assignee"));
    assertFalse(hanne.exists("concern-why"), "the routing's reasons are the municipality's");
    browser.fullScreenshot("concern-hanne-filed");
    hanne.click("sign-out");
    assertTrue(hanne.isShown("signed-out"), "signed out before the next person signs in");

    // bo finds it in his inbox and works it
    var bo = PortalPage.signIn(browser, portal, "bo", "support-worker");
    bo.click("open-inbox");
    bo.waitForPath("/concern/inbox.xhtml");
    assertTrue(bo.text("inbox:rows").contains(tenant), bo.text("inbox:rows"));
    browser.fullScreenshot("inbox-bo");
    browser.driver().findElement(By.cssSelector("[id='inbox:rows'] a.nb-concern-link")).click();
    bo.waitForPath("/concern/concern.xhtml");
    assertTrue(bo.text("concern-why").contains("Boligrådgiver Bo Lindholm er tilknyttet."));
    assertTrue(bo.text("timeline").contains("trappe.png"));
    bo.clickAndWait("actions:acknowledge");
    bo.waitForText("concern-status", "Kvitteret");
    bo.type("actions:text", NOTE);
    bo.clickAndWait("actions:note");
    bo.waitForTextContaining("timeline", NOTE);
    bo.type("actions:text", REPLY);
    bo.clickAndWait("actions:reply");
    bo.waitForTextContaining("timeline", REPLY);
    browser.fullScreenshot("concern-bo");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");
    bo.click("sign-out");
    assertTrue(bo.isShown("signed-out"), "signed out before the next person signs in");

    // hanne sees the reply and the status, never the note
    hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    assertFalse("0".equals(hanne.text("bell-count")), "the bell shows the reply");
    hanne.click("bell");
    hanne.waitForPath("/notifications.xhtml");
    assertTrue(
        hanne.text("notifications").contains("Kommunen har svaret på jeres henvendelse"),
        hanne.text("notifications"));
    assertFalse(hanne.visibleText().contains("INTERN"));
    browser.fullScreenshot("notifications-hanne");
    hanne.open("start/housing-staff.xhtml");
    hanne.waitForPath("/start/housing-staff.xhtml");
    assertFalse("0".equals(hanne.text("bell-count")), "reading the list changes nothing");
    hanne.click("bell");
    hanne.waitForPath("/notifications.xhtml");
    hanne.click("read:markAll");
    hanne.waitForText("bell-count", "0");
    hanne.open("start/housing-staff.xhtml");
    hanne.waitForPath("/start/housing-staff.xhtml");
    hanne.click("open-ours");
    hanne.waitForPath("/concern/ours.xhtml");
    assertTrue(hanne.text("ours:rows").contains("Kvitteret"), hanne.text("ours:rows"));
    assertFalse(hanne.visibleText().contains("INTERN"));
    browser.driver().get(address);
    hanne.waitForPath("/concern/concern.xhtml");
    assertEquals("Kvitteret", hanne.text("concern-status"));
    assertTrue(hanne.text("timeline").contains(REPLY));
    assertTrue(
        hanne.text("clocks").contains("Overholdt · Kvittering")
            && hanne.text("clocks").contains("Overholdt · Første svar"),
        hanne.text("clocks"));
    assertFalse(browser.driver().getPageSource().contains("INTERN"), "no trace in the page source");
    browser.fullScreenshot("concern-hanne-replied");
    for (var link : browser.driver().findElements(By.cssSelector("a.nb-file-link"))) {
      var body = fetch(link.getAttribute("href"));
      assertFalse(body.contains("INTERN"), link.getAttribute("href"));
    }
    hanne.click("sign-out");
    assertTrue(hanne.isShown("signed-out"), "signed out before the next person signs in");

    // ole cannot open it
    var ole = PortalPage.signIn(browser, portal, "ole", "housing-staff");
    browser.driver().get(address);
    assertTrue(ole.isShown("error-forbidden"), "ole gets the forbidden page");
    assertFalse(ole.visibleText().contains(JourneyData.TENANT_LAST_NAME));
  }

  /**
   * hanne types a name many of her tenants share: the form shows twenty and asks for more letters;
   * then she files from a row of her list of tenants, the form opening with the tenant chosen.
   */
  @Test
  @Order(5)
  void hanneFindsAnyTenantByTypingAndFilesFromARowOfHerList() throws Exception {
    var hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    hanne.open("concern/file.xhtml");
    hanne.waitForPath("/concern/file.xhtml");
    hanne.typeAndAwaitSuggestion(
        "file:tenantId", JourneyData.LIST_LAST_NAME, "skriv mere for at finde den rigtige");
    assertEquals(
        20,
        browser
            .driver()
            .findElements(By.cssSelector("[id='file:tenantId_panel'] li[data-item-label]"))
            .size(),
        hanne.suggestions("file:tenantId"));
    var last =
        JourneyData.listFirstName(JourneyData.LIST_TENANTS) + " " + JourneyData.LIST_LAST_NAME;
    hanne.complete(
        "file:tenantId",
        last,
        last + " – Sundholmsvej 12, " + JourneyData.LIST_TENANTS + ". sal (Sundholm)");
    browser.fullScreenshot("file-concern-search");

    hanne.open("tenancy/our-tenants.xhtml");
    hanne.waitForPath("/tenancy/our-tenants.xhtml");
    var first = JourneyData.listFirstName(1) + " " + JourneyData.LIST_LAST_NAME;
    var row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tr[.//a[normalize-space(.)='"
                        + first
                        + "']]//a[normalize-space(.)='Meld en bekymring']"));
    row.click();
    hanne.waitForPath("/concern/file.xhtml");
    assertEquals(
        first + " – Sundholmsvej 12, 1. sal (Sundholm)",
        hanne.value("file:tenantId_input"),
        "the form opens with the tenant chosen");
    hanne.choose("file:categoryId", "Støj og naboklager");
    hanne.type("file:description", "Dør smækker om natten.");
    hanne.click("file:save");
    hanne.waitForPath("/concern/concern.xhtml");
    assertEquals("Ny", hanne.text("concern-status"));
    assertTrue(hanne.text("concern-tenant").contains(first), hanne.text("concern-tenant"));
    assertEquals("Boligsocialt beredskab, Amager", hanne.text("concern-assignee"));
    var address = browser.driver().getCurrentUrl();
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");
    hanne.click("sign-out");
    assertTrue(hanne.isShown("signed-out"), "signed out before the next person signs in");

    // Nobody supports this tenant: the concern waits in the team's queue, where bo takes it over.
    var bo = PortalPage.signIn(browser, portal, "bo", "support-worker");
    bo.open("concern/inbox.xhtml");
    bo.waitForPath("/concern/inbox.xhtml");
    browser
        .driver()
        .findElement(By.xpath("//a[contains(normalize-space(.), 'Teamets kø')]"))
        .click();
    bo.waitForAjax();
    var takeOver =
        By.xpath(
            "//tr[.//span[@class='nb-tenant-name' and normalize-space(.)='"
                + first
                + "']]//button[contains(@id, 'takeOver')]");
    browser.driver().findElement(takeOver).click();
    bo.waitForAjax();
    bo.waitForTextContaining("inbox:flash", "Henvendelsen er nu din.");
    browser.fullScreenshot("inbox-bo-took-over");
    bo.click("sign-out");
    assertTrue(bo.isShown("signed-out"), "signed out before the next person signs in");

    hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    browser.driver().get(address);
    hanne.waitForPath("/concern/concern.xhtml");
    assertEquals(JourneyData.WORKER_NAME, hanne.text("concern-assignee"), "the new contact person");
  }

  @Test
  @Order(2)
  void adminAddsACategoryAndIsToldWhatIsMissingFirst() throws Exception {
    var admin = PortalPage.signIn(browser, portal, "admin", "admin");
    admin.click("open-categories");
    admin.waitForPath("/admin/categories.xhtml");

    admin.clickAndWait("table:create");
    admin.type("editor:code", "PARKING");
    admin.type("editor:nameDa", "Parkering og affald");
    admin.type("editor:nameEn", "Parking and waste");
    admin.clickAndWait("editor:save");
    assertEquals("Angiv VUM-temaet.", admin.fieldError("editor:vumTheme"));
    assertEquals("Parkering og affald", admin.value("editor:nameDa"), "what was typed is kept");

    admin.type("editor:vumTheme", "Praktiske opgaver");
    admin.clickAndWait("editor:save");
    assertTrue(admin.text("table:rows").contains("Parkering og affald"), admin.text("table:rows"));
    browser.fullScreenshot("categories-admin");

    admin.open("admin/clock.xhtml");
    admin.waitForPath("/admin/clock.xhtml");
    admin.typeDate("closed:day", "23-12-2030");
    admin.type("closed:reason", "Personaledag");
    admin.clickAndWait("closed:add");
    assertTrue(admin.text("closed:days").contains("Personaledag"), admin.text("closed:days"));
    browser.fullScreenshot("clock-admin");
  }

  /**
   * No mail server listens in this test class: the mail hanne's filing caused for bo waits, and the
   * administrator sees it, sees why, and sends it again.
   */
  @Test
  @Order(3)
  void adminSeesTheMailsThatWaitWithTheReasonAndSendsThemAgain() throws Exception {
    var admin = PortalPage.signIn(browser, portal, "admin", "admin");
    admin.click("open-mail");
    admin.waitForPath("/admin/mail.xhtml");
    // The sender's work done now instead of at its next ten-second tick: it fails, and says why
    // (or its tick, if it had the mail claimed at that moment, does so a moment later).
    TimersNow.run(portal, "mail");
    admin.open("admin/mail.xhtml");
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (!admin.text("queue:waiting").contains("kan ikke nås") && System.nanoTime() < deadline) {
      Thread.sleep(250);
      admin.open("admin/mail.xhtml");
    }

    assertTrue(Integer.parseInt(admin.text("pending")) >= 1, admin.text("pending"));
    var waiting = admin.text("queue:waiting");
    assertTrue(waiting.contains(JourneyData.WORKER_EMAIL), waiting);
    assertTrue(waiting.contains("Ny henvendelse til dig"), waiting);
    assertTrue(waiting.contains("kan ikke nås"), waiting);
    assertFalse(waiting.contains(JourneyData.TENANT_LAST_NAME), "no personal data in a mail");
    browser.fullScreenshot("mail-admin");

    admin.clickAndWait("queue:retry");
    assertTrue(admin.text("flash").contains("sendes igen"), admin.text("flash"));
  }

  /**
   * The administrator registers Amagerhus's system's webhook (#18): told of every missing field at
   * once, of an address that is not HTTPS, then given the secret once; the webhook is listed and
   * stopped again.
   */
  @Test
  @Order(7)
  void adminRegistersAWebhookAndSeesTheSecretOnce() throws Exception {
    var admin = PortalPage.signIn(browser, portal, "admin", "admin");
    admin.click("open-webhooks");
    admin.waitForPath("/admin/webhooks.xhtml");
    admin.clickAndWait("register:save");
    assertFalse(admin.fieldError("register:client").isEmpty(), "the client is named");
    assertFalse(admin.fieldError("register:url").isEmpty(), "the address is named");
    assertTrue(
        admin.text("register").contains("Vælg boligselskabet"), "the association is named too");

    var client = "journey-system-" + System.nanoTime() % 100000;
    admin.type("register:client", client);
    admin.choose("register:association", "Boligselskabet Amagerhus");
    admin.type("register:url", "http://system.amagerhus.example/hook");
    admin.clickAndWait("register:save");
    assertTrue(
        admin.fieldError("register:url").contains("HTTPS"), admin.fieldError("register:url"));

    admin.type("register:url", "https://system.amagerhus.example/naboskab/hook");
    admin.clickAndWait("register:save");
    assertTrue(admin.text("flash").contains("registreret"), admin.text("flash"));
    assertTrue(admin.text("new-secret").matches("[0-9a-f]{64}"), admin.text("new-secret"));
    assertTrue(admin.text("hooks:list").contains(client), admin.text("hooks:list"));
    browser.fullScreenshot("webhooks-admin");

    admin.open("admin/webhooks.xhtml");
    assertFalse(admin.exists("new-secret"), "the secret is shown once");
    var row =
        browser
            .driver()
            .findElement(
                org.openqa.selenium.By.xpath(
                    "//tr[td[normalize-space(.)='" + client + "']]//button"));
    row.click();
    admin.waitForAjax();
    assertTrue(admin.text("flash").contains("standset"), admin.text("flash"));
  }

  /**
   * karin opens the response times, groups them by urgency and downloads the table as CSV: the
   * concerns hanne filed and bo acknowledged are in the figures (measured as the keeper's timer
   * would, asked to at once).
   */
  @Test
  @Order(4)
  void karinFiltersTheResponseTimesAndDownloadsThemAsCsv() throws Exception {
    var karin = PortalPage.signIn(browser, portal, "karin", "coordinator");
    karin.click("open-response-times");
    karin.waitForPath("/insight/response-times.xhtml");
    // The figures' keeper measures once a minute; its work done now instead.
    TimersNow.run(portal, "measures");
    karin.open("insight/response-times.xhtml");
    assertFalse(karin.exists("rounded-note"), "a coordinator's counts are not rounded");
    assertTrue(
        karin.text("figures:table").contains("Voksenenhed Amager"), karin.text("figures:table"));
    assertTrue(karin.chartPoints("figures:trend") > 0, "the trend chart draws the figures");
    // Twelve months' ends, each with its open and overdue concerns: 24 points.
    assertEquals(24, karin.chartPoints("figures:open"), "the backlog over the last twelve months");

    karin.choose("filters:dimension", "Hast");
    karin.clickAndWait("filters:show");
    assertTrue(karin.text("figures:table").contains("Haster"), karin.text("figures:table"));
    browser.fullScreenshot("response-times");

    browser.downloads();
    karin.click("figures:csv");
    var csv = browser.awaitDownload("svartider-urgency.csv");
    // The page says the file came (the monitor polls the server's cookie once a second).
    karin.waitForTextContaining("download-status", "Filen er hentet");
    var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).contains("Kvittering: antal"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"Haster\";")), lines.toString());
    assertFalse(
        String.join("\n", lines).contains(JourneyData.TENANT_LAST_NAME), "figures, not names");

    karin.click("figures:xlsx");
    var workbook = browser.awaitDownload("svartider-urgency.xlsx");
    var strings = zipEntry(workbook, "xl/sharedStrings.xml");
    assertTrue(strings.contains("Haster") && strings.contains("Kvittering: antal"), strings);

    // The monthly count of the citizens outside the register: typed for the month, then the case
    // system's file — one bad line refuses the whole file, named by its line; the good one
    // replaces.
    karin.open("tenancy/citizen-counts.xhtml");
    karin.waitForPath("/tenancy/citizen-counts.xhtml");
    assertEquals(JourneyData.HOME_SUPPORT_NAME, karin.text("counts:grid:0:name"));
    karin.type("counts:grid:0:ownHome_input", "6");
    karin.type("counts:grid:0:residential_input", "18");
    karin.clickAndWait("counts:save");
    karin.waitForTextContaining("counts:flash", "er gemt");
    // The page offers the month just ended: the one a coordinator counts.
    var month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen")).minusMonths(1);
    var file = browser.downloads().resolveSibling("optaelling.csv");
    var header = "medarbejder;måned;eget hjem;boform\n";
    var mettes = JourneyData.HOME_SUPPORT_EMAIL + ";" + month + ";7;19\n";
    Files.writeString(
        file, header + mettes + "ukendt@kk-social.example;" + month + ";1;1\n", UTF_8);
    karin.upload("import:file", file);
    karin.waitForTextContaining("import:faults", "Linje 3: ingen medarbejder i din enhed");
    assertTrue(
        karin.text("import:messages").contains("intet er gemt"), karin.text("import:messages"));
    assertEquals("6", karin.value("counts:grid:0:ownHome_input"), "nothing of the bad file");
    Files.writeString(file, header + mettes, UTF_8);
    karin.upload("import:file", file);
    karin.waitForTextContaining("counts:flash", "Indlæst: én optælling (0 nye, 1 erstattet)");
    assertEquals("7", karin.value("counts:grid:0:ownHome_input"));
    browser.fullScreenshot("citizen-counts");

    karin.open("insight/caseload.xhtml");
    karin.waitForPath("/insight/caseload.xhtml");
    // Amager's home support as a bar and the goal as a line: the chart draws both.
    assertTrue(karin.chartPoints("caseload-form:goal-chart") >= 2, "bars and the goal line");
    karin.click("caseload-form:csv-workers");
    var caseload =
        Files.readString(
            browser.awaitDownload("sagsbelastning-medarbejdere.csv"), StandardCharsets.UTF_8);
    assertTrue(caseload.contains(JourneyData.WORKER_NAME), caseload);
    assertTrue(caseload.contains("Boligrådgiver"), caseload);
    var mette =
        caseload
            .lines()
            .filter(l -> l.contains(JourneyData.HOME_SUPPORT_NAME))
            .findFirst()
            .orElseThrow(() -> new AssertionError(caseload));
    // 7 citizens in own homes on a third of a position (0,333): 21,0, and her month counted.
    assertTrue(mette.contains(";21,0;") && mette.contains(month.toString()), mette);

    assertTrue(amagerConcernsPer100(karin) > 0, "the concerns filed above count");
    karin.click("caseload-form:xlsx-departments");
    var sheet =
        zipEntry(browser.awaitDownload("henvendelser-pr-100.xlsx"), "xl/worksheets/sheet1.xml");
    assertTrue(sheet.contains("t=\"n\""), "the workbook holds numbers as numbers: " + sheet);
    var longAgo =
        java.time.YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen"))
            .minusMonths(35)
            .format(
                java.time.format.DateTimeFormatter.ofPattern(
                    "MMM yyyy", java.util.Locale.forLanguageTag("da")));
    karin.choose("filters:unit", "Voksenenhed Amager");
    karin.choose("filters:from", longAgo);
    karin.choose("filters:to", longAgo);
    karin.clickAndWait("filters:show");
    browser.fullScreenshot("caseload-filtered");
    assertEquals(
        0, amagerConcernsPer100(karin), "none filed three years ago: the export heeds the filter");

    // Every figures table leaves through the same download: the split of new positions as CSV,
    // retention as a workbook.
    karin.open("insight/positions.xhtml");
    karin.waitForPath("/insight/positions.xhtml");
    // The budget note's own arithmetic, as a municipal reader checks it.
    assertEquals("20,7", karin.text("note-own-home-positions"));
    assertEquals("568", karin.text("note-citizens"));
    assertEquals("27,5", karin.text("note-today"));
    assertEquals("19,8", karin.text("note-after"));
    assertTrue(karin.isShown("today-others"), "today's figures, read the same way");
    browser.fullScreenshot("positions-note");
    // The goal across every unit, and at least Amager's bars before and after.
    assertTrue(
        karin.chartPoints("split:split-chart") >= karin.rowCount("split:shares") + 2,
        "the split chart draws the units and the goal");
    karin.click("split:csv");
    var split =
        Files.readString(browser.awaitDownload("nye-stillinger.csv"), StandardCharsets.UTF_8);
    assertTrue(split.contains("\"Almene boliger\"") && split.contains("Voksenenhed Amager"), split);
    // Amager's citizens in own homes are Mette's 7 counted ones, on a third of her position: 21,0.
    var amager =
        split
            .lines()
            .filter(l -> l.startsWith("\"Voksenenhed Amager\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError(split))
            .split(";");
    assertEquals("7", amager[2], split);
    assertEquals("21,0", amager[6], split);
    karin.open("insight/retention.xhtml");
    karin.waitForPath("/insight/retention.xhtml");
    browser.fullScreenshot("retention");
    karin.click("filters:xlsx");
    var retention = zipEntry(browser.awaitDownload("fastholdelse.xlsx"), "xl/sharedStrings.xml");
    assertTrue(retention.contains("Anviste"), retention);
  }

  /**
   * WCAG 2.1.1: everything by keyboard. hanne files a concern and bo acknowledges and replies with
   * Tab, arrows, Space and Enter alone — and at every Tab stop the focus can be seen (2.4.7).
   */
  @Test
  @Order(6)
  void hanneFilesAndBoRepliesWithTheKeyboardAlone() throws Exception {
    var tenant = JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME;
    var hanne = PortalPage.signIn(browser, portal, "hanne", "housing-staff");
    hanne.open("concern/file.xhtml");
    hanne.waitForPath("/concern/file.xhtml");
    var keys = hanne.keyboard();
    keys.tabTo("file:tenantId_input");
    keys.type(tenant);
    hanne.waitForTextContaining("file:tenantId_panel", "Sundholmsvej 10");
    keys.press(Keys.ARROW_DOWN);
    keys.press(Keys.ENTER);
    assertTrue(
        hanne.value("file:tenantId_input").startsWith(tenant), hanne.value("file:tenantId_input"));
    keys.tabTo("file:categoryId");
    keys.pressUntil(Keys.ARROW_DOWN, "file:categoryId_label", "Støj og naboklager");
    keys.tabTo("file:description");
    keys.type("Vandet løber ned ad trappen fra 3. sal.");
    keys.tabTo("file:save");
    keys.press(Keys.ENTER);
    hanne.waitForPath("/concern/concern.xhtml");
    var publicId = hanne.queryParameter("id");
    assertEquals("Ny", hanne.text("concern-status"));
    keys.tabTo("sign-out");
    keys.press(Keys.ENTER);
    assertTrue(hanne.isShown("signed-out"), "signed out before the next person signs in");

    var bo = PortalPage.signIn(browser, portal, "bo", "support-worker");
    bo.open("concern/inbox.xhtml");
    bo.waitForPath("/concern/inbox.xhtml");
    var link =
        browser
            .driver()
            .findElement(By.cssSelector("[id='inbox:rows'] a[href*='id=" + publicId + "']"))
            .getDomAttribute("id");
    keys = bo.keyboard();
    keys.tabTo(link);
    keys.press(Keys.ENTER);
    bo.waitForPath("/concern/concern.xhtml");
    keys.tabTo("actions:acknowledge");
    keys.press(Keys.SPACE);
    bo.waitForText("concern-status", "Kvitteret");
    keys.tabTo("actions:text");
    keys.type("Vi kommer i morgen formiddag.");
    keys.tabTo("actions:reply");
    keys.press(Keys.ENTER);
    bo.waitForTextContaining("timeline", "Vi kommer i morgen formiddag.");
    assertEquals(List.of(), browser.javaScriptErrors(), "no JavaScript errors");
    keys.tabTo("sign-out");
    keys.press(Keys.ENTER);
    assertTrue(bo.isShown("signed-out"), "signed out");
  }

  private static String zipEntry(java.nio.file.Path zip, String name) throws java.io.IOException {
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(zip + " holds no " + name);
  }

  /** Downloads the concerns per department and returns the journeys' department's concerns. */
  private long amagerConcernsPer100(PortalPage karin) throws Exception {
    var old = browser.downloads().resolve("henvendelser-pr-100.csv");
    Files.deleteIfExists(old);
    karin.click("caseload-form:csv-departments");
    var lines =
        Files.readAllLines(
            browser.awaitDownload("henvendelser-pr-100.csv"), StandardCharsets.UTF_8);
    var row =
        lines.stream()
            .filter(l -> l.contains("1 Sundholm"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(lines.toString()));
    var cells = row.split(";");
    return Long.parseLong(cells[3].replace("\"", "").trim());
  }

  /** Fetches an address in the signed-in browser and returns the body as text. */
  private String fetch(String href) {
    return (String)
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                href);
  }
}
