package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.BrowserJourney;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in as a person would: headless Chromium against the portal on Payara Micro and the real
 * Keycloak with the demo realm.
 */
@NaboskabIT
@RunAsClient
class SignInJourneyIT extends BrowserJourney {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL portal;

  @ParameterizedTest(name = "{0} lands on the {1} start page")
  @CsvSource({
    "hanne,  housing-staff,  Boligselskabsmedarbejder, Boligselskabet Amagerhus,",
    "ole,    housing-staff,  Boligselskabsmedarbejder, Boligforeningen Valby Have,",
    "bo,     support-worker, Støttemedarbejder,        Voksenenhed Amager, Boligrådgiver",
    "sara,   support-worker, Støttemedarbejder,        Voksenenhed Amager, 'Støttekontaktperson (SKP, §99)'",
    "henrik, support-worker, Støttemedarbejder,        Voksenenhed Amager, Hjemmevejleder (§85)",
    "karin,  coordinator,    Koordinator,              'Boligsocialt beredskab, Voksenenhed Amager',",
    "anna,   analyst,        Analytiker,               'Socialforvaltningen, Analyse',",
    "admin,  admin,          Administrator,            'Socialforvaltningen, IT',",
    "lise,   shelter-staff,  Herbergsmedarbejder,      Herberget Sundholm,",
    "jonas,  case-worker,    Sagsbehandler,            'Socialforvaltningen, Myndighed for hjemløse',"
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
    assertTrue(page.exists("busy"), "every page carries the busy indicator for Ajax actions");
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

    // The download is the list as the page shows it, contact person by the same consent rule.
    browser.downloads();
    page.click("list:csv");
    var csv =
        java.nio.file.Files.readString(
            browser.awaitDownload("boliganviste-beboere.csv"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF\"Navn\";\"Adresse\";"), csv);
    assertTrue(
        csv.contains(JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME), csv);
    assertTrue(csv.contains(JourneyData.WORKER_NAME), csv);
    assertFalse(csv.contains("120385"), "no CPR number");
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
  void anAnalystCannotOpenTheTenantListsAndIsToldHerCountsAreRounded() throws Exception {
    var page = signIn("anna", "analyst");

    page.open("tenancy/our-tenants.xhtml");
    assertTrue(page.isShown("error-forbidden"), "the forbidden page");
    page.open("tenancy/my-tenants.xhtml");
    assertTrue(page.isShown("error-forbidden"), "the forbidden page");
    page.open("insight/retention.xhtml");
    assertTrue(page.isShown("rounded-note"), "counts rounded to 5, under 5 hidden (ADR 21)");
    browser.screenshot("retention-analyst");
  }

  @Test
  void anUnauthenticatedVisitorIsSentToKeycloak() throws Exception {
    var response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
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

  /**
   * The accessibility statement a Danish public body must publish: anyone may read it without
   * signing in, and every page's footer links to it.
   */
  @Test
  void theAccessibilityStatementIsPublicAndEveryPageLinksToIt() throws Exception {
    var visitor = new PortalPage(browser.driver(), portal);
    visitor.open("accessibility.xhtml");
    visitor.waitForPath("/accessibility.xhtml");
    assertEquals("Tilgængelighedserklæring", visitor.heading());
    assertTrue(visitor.text("accessibility-status").contains("WCAG 2.1"), visitor.visibleText());
    assertTrue(
        visitor.text("accessibility-feedback").contains("kk.dk"),
        "without a contact address the statement points to kk.dk");
    assertTrue(visitor.visibleText().contains("Digitaliseringsstyrelsen"), "who enforces the act");
    browser.fullScreenshot("accessibility");

    var hanne = signIn("hanne", "housing-staff");
    hanne.click("accessibility-link");
    hanne.waitForPath("/accessibility.xhtml");
    assertTrue(hanne.exists("nb-user"), "read signed in, too");
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
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(portal.toURI().resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"database\""), response.body());
    assertTrue(response.body().contains("\"keycloak\""), response.body());
    for (var secret : List.of("MariaDB", "realms", "127.0.0.1", "localhost", "Payara")) {
      assertFalse(response.body().contains(secret), "anonymous health names no " + secret);
    }
    assertTrue(response.headers().firstValue("Server").isEmpty(), "no Server header");
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'",
        response.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndTheCookieItsFlags() throws Exception {
    var response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(portal.toURI().resolve("signed-out.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    var csp = String.join(" | ", response.headers().allValues("Content-Security-Policy"));
    assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), csp);
    for (var directive :
        List.of(
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self' http://127.0.0.1:",
            "script-src 'self' 'nonce-")) {
      assertTrue(csp.contains(directive), directive + " in " + csp);
    }
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(response.headers().firstValue("Server").isEmpty(), "no Server header");
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By");
    assertTrue(
        response.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only on https");
    var cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a session: " + response.headers().map()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "Secure only over https: " + cookie);
  }

  /**
   * Who gets what, address by address: every page of the portal, every servlet and the server's own
   * endpoints, for anonymous and each of the five roles. 200 shows the page; 302 sends an anonymous
   * visitor to Keycloak (or a signed-in one on to their start page); 403 is the refusal page; 404
   * an id that is not theirs or not there; "x" any answer but the content. A page without a row
   * here fails {@link #everyPageHasARowInTheAccessMatrix}.
   */
  static final String ACCESS_MATRIX =
      """
      path                                      | anonymous | hanne | bo  | karin | anna | admin | lise | jonas
      index.xhtml                               | 302       | 302   | 302 | 302   | 302  | 302   | 302  | 302
      start/housing-staff.xhtml                 | 302       | 200   | 403 | 403   | 403  | 403   | 403  | 403
      start/support-worker.xhtml                | 302       | 403   | 200 | 403   | 403  | 403   | 403  | 403
      start/coordinator.xhtml                   | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      start/analyst.xhtml                       | 302       | 403   | 403 | 403   | 200  | 403   | 403  | 403
      start/admin.xhtml                         | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      start/shelter-staff.xhtml                 | 302       | 403   | 403 | 403   | 403  | 403   | 200  | 403
      start/case-worker.xhtml                   | 302       | 403   | 403 | 403   | 403  | 403   | 403  | 200
      pathway/stays.xhtml                       | 302       | 403   | 403 | 403   | 403  | 403   | 200  | 200
      pathway/intake.xhtml                      | 302       | 403   | 403 | 403   | 403  | 403   | 200  | 200
      pathway/review.xhtml                      | 302       | 403   | 403 | 403   | 403  | 403   | 200  | 200
      pathway/hand-over.xhtml                   | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      pathway/stay.xhtml?id=0                   | 302       | 403   | 403 | 403   | 403  | 403   | 404  | 404
      tenancy/our-tenants.xhtml                 | 302       | 200   | 403 | 403   | 403  | 403   | 403  | 403
      tenancy/our-tenant.xhtml?id=0             | 302       | 403   | 403 | 403   | 403  | 403   | 403  | 403
      concern/file.xhtml                        | 302       | 200   | 403 | 403   | 403  | 403   | 403  | 403
      concern/ours.xhtml                        | 302       | 200   | 403 | 403   | 403  | 403   | 403  | 403
      tenancy/my-tenants.xhtml                  | 302       | 403   | 200 | 403   | 403  | 403   | 403  | 403
      concern/inbox.xhtml                       | 302       | 403   | 200 | 200   | 403  | 403   | 403  | 403
      concern/concern.xhtml?id=none             | 302       | 403   | 403 | 403   | 403  | 403   | 403  | 403
      tenancy/tenants.xhtml                     | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      tenancy/tenant.xhtml?id=0                 | 302       | 403   | 403 | 404   | 403  | 403   | 403  | 403
      tenancy/register.xhtml                    | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      tenancy/absences.xhtml                    | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      tenancy/citizen-counts.xhtml              | 302       | 403   | 403 | 200   | 403  | 403   | 403  | 403
      insight/response-times.xhtml              | 302       | 200   | 403 | 200   | 200  | 403   | 403  | 403
      insight/positions.xhtml                   | 302       | 403   | 403 | 200   | 200  | 403   | 403  | 403
      insight/caseload.xhtml                    | 302       | 403   | 403 | 200   | 200  | 403   | 403  | 403
      insight/retention.xhtml                   | 302       | 403   | 403 | 200   | 200  | 403   | 403  | 403
      insight/pathway.xhtml                     | 302       | 403   | 403 | 200   | 200  | 403   | 403  | 403
      admin/organisation.xhtml                  | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/categories.xhtml                    | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/clock.xhtml                         | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/mail.xhtml                          | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/webhooks.xhtml                      | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/read-log.xhtml                      | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      admin/erasure.xhtml                       | 302       | 403   | 403 | 403   | 403  | 200   | 403  | 403
      tenancy/tenant-disclosure?id=0&format=pdf | 302       | 403   | 403 | 404   | 403  | 403   | 403  | 403
      notifications.xhtml                       | 302       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      signed-out.xhtml                          | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      accessibility.xhtml                       | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/forbidden.xhtml                     | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/not-found.xhtml                     | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/expired.xhtml                       | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/failure.xhtml                       | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/sign-in.xhtml                       | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      error/sign-in-unavailable.xhtml           | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      files/no-such-file                        | 302       | 404   | 404 | 404   | 404  | 404   | 404  | 404
      callback                                  | 302       | 302   | 302 | 302   | 302  | 302   | 302  | 302
      health                                    | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      metrics                                   | x         | x     | x   | x     | x    | x     | x    | x
      openapi                                   | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      api-docs                                  | 200       | 200   | 200 | 200   | 200  | 200   | 200  | 200
      api/v1/tenants                            | 401       | 401   | 401 | 401   | 401  | 401   | 401  | 401
      WEB-INF/web.xml                           | x         | x     | x   | x     | x    | x     | x    | x
      """;

  /**
   * An exception's class and message as an error answer would show them, e.g. {@code
   * java.lang.NullPointerException: …} or a stack frame — not PrimeFaces' own list of error pages.
   */
  private static final java.util.regex.Pattern NAMES_A_CLASS =
      java.util.regex.Pattern.compile(
          "\\b(java|jakarta|javax|org|com|dk)\\.[a-z]+\\.[\\w.]*(Exception|Error)(: |\\s+at )");

  private static final List<String> MATRIX_USERS =
      List.of("anonymous", "hanne", "bo", "karin", "anna", "admin", "lise", "jonas");

  @Test
  void everyRoleGetsExactlyWhatTheAccessMatrixSaysAtEveryAddress() throws Exception {
    JourneyData.ensure();
    var base = portal.toURI();
    var users = new java.util.LinkedHashMap<String, dk.kk.naboskab.testsupport.HttpUser>();
    for (var name : MATRIX_USERS) {
      users.put(
          name,
          name.equals("anonymous")
              ? dk.kk.naboskab.testsupport.HttpUser.anonymous(base)
              : dk.kk.naboskab.testsupport.HttpUser.signIn(base, name));
    }
    var wrong = new java.util.ArrayList<String>();
    for (var row : matrixRows()) {
      for (var i = 0; i < MATRIX_USERS.size(); i++) {
        var expected = row.get(i + 1);
        var answer = users.get(MATRIX_USERS.get(i)).get(row.get(0));
        var status = String.valueOf(answer.statusCode());
        var ok =
            expected.equals("x")
                ? answer.statusCode() != 200
                    && !answer.body().contains("<security-constraint>")
                    && !answer.body().contains("openapi:")
                    && !answer.body().contains("# TYPE")
                : expected.equals(status);
        if (!ok) {
          wrong.add(
              row.get(0) + " as " + MATRIX_USERS.get(i) + ": " + status + ", not " + expected);
        }
        if (expected.equals("302") && MATRIX_USERS.get(i).equals("anonymous")) {
          var to = answer.headers().firstValue("Location").orElse("");
          if (!to.contains("/realms/naboskab/") && !row.get(0).equals("callback")) {
            wrong.add(row.get(0) + " sends an anonymous visitor to " + to + ", not Keycloak");
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "the access matrix");

    // A download's and an error page's headers, as a page's (below): nothing kept, nothing sniffed.
    for (var answer :
        List.of(
            users.get("hanne").get("files/no-such-file"),
            users.get("karin").get("tenancy/tenant.xhtml?id=0"))) {
      assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
      assertTrue(
          answer.headers().firstValue("Content-Security-Policy").orElse("").contains("'none'"),
          answer.uri() + ": " + answer.headers().map());
      var named = NAMES_A_CLASS.matcher(answer.body());
      assertFalse(named.find(), () -> answer.uri() + " names " + named.group());
    }
  }

  @Test
  void everyPageHasARowInTheAccessMatrix() throws Exception {
    var rows = matrixRows().stream().map(r -> r.get(0).replaceAll("\\?.*", "")).toList();
    try (var pages = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      var missing =
          pages
              .map(p -> java.nio.file.Path.of("src/main/webapp").relativize(p).toString())
              .filter(p -> p.endsWith(".xhtml") && !p.startsWith("WEB-INF"))
              .filter(p -> !rows.contains(p))
              .toList();
      assertEquals(List.of(), missing, "pages without a row in ACCESS_MATRIX");
    }
  }

  @Test
  void aForgedSignInAnswerGetsAPageNotAnEmptyError() throws Exception {
    var visitor = dk.kk.naboskab.testsupport.HttpUser.anonymous(portal.toURI());

    var answer = visitor.get("callback?state=forged&code=forged");

    assertEquals(302, answer.statusCode(), answer.body());
    var page = answer.headers().firstValue("Location").orElseThrow();
    assertTrue(page.endsWith("/error/sign-in.xhtml"), page);
    var shown = visitor.get(page);
    assertEquals(200, shown.statusCode());
    assertTrue(shown.body().contains("Du blev ikke logget ind"), shown.body());
    assertFalse(NAMES_A_CLASS.matcher(shown.body()).find(), shown.body());
  }

  /**
   * Keycloak decides, also after sign-in: ole is disabled and sara loses her role there; once their
   * access tokens run out (30 seconds in the test realm) the portal asks Keycloak again, so ole is
   * sent to sign in and sara is refused the workers' pages — without either signing out.
   */
  @Test
  void aPersonDisabledOrStrippedOfTheirRoleInKeycloakLosesThePortalWhenTheTokenRunsOut()
      throws Exception {
    JourneyData.ensure();
    var base = portal.toURI();
    var ole = dk.kk.naboskab.testsupport.HttpUser.signIn(base, "ole");
    var sara = dk.kk.naboskab.testsupport.HttpUser.signIn(base, "sara");
    assertEquals(200, ole.get("start/housing-staff.xhtml").statusCode());
    assertEquals(200, sara.get("tenancy/my-tenants.xhtml").statusCode());
    var keycloak = new dk.kk.naboskab.testsupport.KeycloakAdmin();
    keycloak.setEnabled("ole", false);
    keycloak.setRealmRole("sara", "support-worker", false);
    try {
      var deadline =
          System.nanoTime()
              + java.time.Duration.ofSeconds(
                      2L * dk.kk.naboskab.testsupport.RealServers.ACCESS_TOKEN_SECONDS + 15)
                  .toNanos();
      int oleStatus;
      int saraStatus;
      do {
        Thread.sleep(500);
        oleStatus = ole.get("start/housing-staff.xhtml").statusCode();
        saraStatus = sara.get("tenancy/my-tenants.xhtml").statusCode();
      } while ((oleStatus == 200 || saraStatus == 200) && System.nanoTime() < deadline);

      assertEquals(302, oleStatus, "ole is sent to sign in again");
      assertTrue(
          ole.get("start/housing-staff.xhtml")
              .headers()
              .firstValue("Location")
              .orElse("")
              .contains("/realms/naboskab/"),
          "at Keycloak, which will not let a disabled person in");
      assertEquals(403, saraStatus, "sara's session goes on without the role");
    } finally {
      keycloak.setEnabled("ole", true);
      keycloak.setRealmRole("sara", "support-worker", true);
    }
  }

  /**
   * Payara's own session handling sometimes lost a signed-in user's roles under load (its issue
   * 6145): 0.4-2.4 % of requests got the refusal page. Sixteen sessions ask at once for pages they
   * may see, while their tokens are refreshed under them: not one refusal.
   */
  @Test
  void sixteenSignedInSessionsAskingAtOnceAreNeverRefusedWhatTheyMaySee() throws Exception {
    JourneyData.ensure();
    var base = portal.toURI();
    var pages =
        java.util.Map.of(
            "hanne", "start/housing-staff.xhtml",
            "bo", "start/support-worker.xhtml",
            "karin", "start/coordinator.xhtml",
            "anna", "start/analyst.xhtml",
            "admin", "start/admin.xhtml",
            "henrik", "tenancy/my-tenants.xhtml",
            "sara", "notifications.xhtml",
            "ole", "tenancy/our-tenants.xhtml");
    var names = List.copyOf(new java.util.TreeSet<>(pages.keySet()));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      var runs = new java.util.ArrayList<java.util.concurrent.Future<List<String>>>();
      for (var i = 0; i < 16; i++) {
        var name = names.get(i % names.size());
        var user = dk.kk.naboskab.testsupport.HttpUser.signIn(base, name);
        runs.add(
            pool.submit(
                () -> {
                  var refused = new java.util.ArrayList<String>();
                  for (var n = 0; n < REQUESTS_PER_SESSION; n++) {
                    var status = user.get(pages.get(name)).statusCode();
                    if (status != 200) {
                      refused.add(name + " got " + status + " for " + pages.get(name));
                    }
                  }
                  return refused;
                }));
      }
      var refused = new java.util.ArrayList<String>();
      for (var run : runs) {
        refused.addAll(run.get(5, java.util.concurrent.TimeUnit.MINUTES));
      }
      assertEquals(List.of(), refused, "refusals among " + 16 * REQUESTS_PER_SESSION);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Requests each of the sixteen sessions sends: 1 600 in the test command (at the 0.4 % the bug
   * showed, a run without it would miss it about one time in 600); {@code -Dit.load.requests} sends
   * more.
   */
  private static final int REQUESTS_PER_SESSION = Integer.getInteger("it.load.requests", 100);

  private static List<List<String>> matrixRows() {
    return ACCESS_MATRIX
        .lines()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> java.util.Arrays.stream(l.split("\\|")).map(String::strip).toList())
        .toList();
  }

  /**
   * The tenant's right to know who looked (#16): hanne (the association) and karin (the unit's
   * coordinator) open the journeys' tenant; karin then downloads the tenant's disclosure, as PDF
   * and JSON. Both reads are in it, with role, unit and purpose and without the readers' names (the
   * default policy), handing it out is in it too, and no other tenant is.
   */
  @Test
  void karinHandsATenantTheirDisclosureWithEveryReadOfTheirData() throws Exception {
    JourneyData.ensure();
    var base = portal.toURI();
    var tenant = JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    var hanne = dk.kk.naboskab.testsupport.HttpUser.signIn(base, "hanne");
    assertEquals(200, hanne.get("tenancy/our-tenant.xhtml?id=" + tenant).statusCode());
    var karin = dk.kk.naboskab.testsupport.HttpUser.signIn(base, "karin");
    assertEquals(200, karin.get("tenancy/tenant.xhtml?id=" + tenant).statusCode());

    var pdf = karin.getBytes("tenancy/tenant-disclosure?id=" + tenant + "&format=pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    var text = pdfText(pdf.body());
    assertTrue(
        text.contains(
            "Indsigt i oplysninger om "
                + JourneyData.TENANT_FIRST_NAME
                + " "
                + JourneyData.TENANT_LAST_NAME),
        text);
    assertTrue(text.contains("Hvem har set dine oplysninger"), text);
    assertTrue(text.contains("Boligselskabsmedarbejder"), "hanne's read, by her role: " + text);
    assertTrue(text.contains("vores borger"), "through her tenant page: " + text);
    assertTrue(text.contains("Boligselskabet Amagerhus"), "and her association: " + text);
    assertTrue(text.contains("borgerside"), "karin's read of the tenant page: " + text);
    assertTrue(text.contains("indsigt udleveret"), "handing it out is logged and listed: " + text);
    var reads = text.substring(text.indexOf("Hvem har set dine oplysninger"));
    assertFalse(reads.contains("hanne") || reads.contains("karin"), "no reader's name: " + reads);
    assertFalse(text.contains(JourneyData.OTHER_TENANT_LAST_NAME), "no other tenant: " + text);
    assertFalse(text.contains(JourneyData.LIST_LAST_NAME), "no other tenant: " + text);

    var json = karin.get("tenancy/tenant-disclosure?id=" + tenant + "&format=json");
    assertEquals(200, json.statusCode());
    assertTrue(json.body().contains("\"purpose\": \"vores borger\""), json.body());
    assertTrue(json.body().contains("\"actionKey\": \"auditAction.DISCLOSURE\""), json.body());
    assertFalse(json.body().contains(JourneyData.OTHER_TENANT_LAST_NAME), json.body());

    // A tenant karin's unit does not reach, or none, is not found.
    assertEquals(
        404,
        karin
            .get("tenancy/tenant-disclosure?id=" + (tenant + 1_000_000) + "&format=pdf")
            .statusCode());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    return dk.kk.naboskab.testsupport.PdfText.of(pdf);
  }

  /** The administrator reads the retention policy's dry run before anything is run. */
  @Test
  void theAdministratorSeesWhatRetentionWouldDoBeforeItRuns() throws Exception {
    var page = signIn("admin", "admin");
    page.click("open-erasure");
    page.waitForPath("/admin/erasure.xhtml");
    assertEquals("5", page.text("concern-years"));
    assertEquals(4, page.rowCount("policy:due"), "concerns, files, tenants, the read log");
    assertTrue(page.text("policy:due").contains("Læselogrækker"), page.text("policy:due"));
    browser.screenshot("admin-erasure");
    assertEquals(java.util.List.of(), browser.javaScriptErrors(), "no JavaScript errors");
  }

  /** The administrator checks the read log's chain on its page: it holds. */
  @Test
  void theAdministratorChecksTheReadLogsChainAndItHolds() throws Exception {
    var page = signIn("admin", "admin");
    page.click("open-read-log");
    page.waitForPath("/admin/read-log.xhtml");
    assertTrue(page.rowCount("chain:latest") > 0, "the newest rows are listed");
    page.clickAndWait("chain:verify");
    page.waitForTextContaining("chain:intact", "Kæden er intakt");
    assertFalse(page.exists("chain:broken"));
    browser.screenshot("admin-read-log");
    assertEquals(java.util.List.of(), browser.javaScriptErrors(), "no JavaScript errors");
  }

  private PortalPage signIn(String user, String role) throws Exception {
    return PortalPage.signIn(browser, portal, user, role);
  }
}
