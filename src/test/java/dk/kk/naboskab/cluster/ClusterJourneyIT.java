package dk.kk.naboskab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.ApiClient;
import dk.kk.naboskab.testsupport.Browser;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.LoadBalancer;
import dk.kk.naboskab.testsupport.PortalCluster;
import dk.kk.naboskab.testsupport.PortalPage;
import dk.kk.naboskab.testsupport.RealServers;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as a municipality runs it (#19, ADR 28): two nodes behind nginx, round robin, no
 * sticky sessions. A coordinator's journey — signing in, a search, a tenant page, an edit saved
 * over Ajax — with consecutive requests on different nodes; then the node that answered last is
 * killed and she goes on without signing in again. Payara issue 6342 (a cluster forgetting the
 * roles a Jakarta Security mechanism gave) would show here as "Ingen adgang" on the other node.
 */
@ExtendWith(RealServers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterJourneyIT {
  private static PortalCluster cluster;
  private static Browser browser;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = PortalCluster.start(Integer.getInteger("it.portal.port") + 20);
    JourneyData.ensure();
    browser = new Browser();
  }

  /** A failed test's last screen and address, kept beside the cluster's logs. */
  @org.junit.jupiter.api.AfterEach
  void keepTheLastScreen(org.junit.jupiter.api.TestInfo test) throws Exception {
    var name = "cluster-" + test.getTestMethod().orElseThrow().getName();
    browser.screenshot(name);
    java.nio.file.Files.writeString(
        cluster.dir().resolve(name + ".txt"),
        browser.driver().getCurrentUrl() + "\n" + browser.driver().getTitle() + "\n");
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  /**
   * Eight clients file a thousand concerns through the balancer as Amagerhus's system; a third of
   * the way in, one node is killed. A filing whose answer was lost (the balancer's 502 for a
   * request the dead node had taken) is sent again with the same Idempotency-Key, as the API asks
   * of its clients. Every filing ends acknowledged, and each exists exactly once, whole.
   */
  @Test
  @Order(2)
  void filingsAcknowledgedWhileANodeIsKilledExistExactlyOnceAndWhole() throws Exception {
    var tenant = JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    var category = JourneyData.number("select min(id) from category where active");
    var before = JourneyData.number("select count(*) from concern where tenant_id = ?", tenant);
    var api = ApiClient.as(cluster.url().toURI(), "amagerhus-system");
    var run = "crash-" + System.currentTimeMillis();
    var total = 1000;
    var next = new AtomicInteger();
    var acknowledged = new ConcurrentHashMap<String, String>();
    var sentAgain = new AtomicInteger();
    var refused = new java.util.concurrent.ConcurrentLinkedQueue<String>();
    var victim = cluster.ports().get(0);
    var pool = Executors.newFixedThreadPool(8);
    try {
      var clients = new ArrayList<java.util.concurrent.Future<?>>();
      for (var c = 0; c < 8; c++) {
        clients.add(
            pool.submit(
                () -> {
                  for (var i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    if (i == total / 3) {
                      cluster.crash(victim);
                    }
                    var key = run + "-" + i;
                    var body =
                        Json.createObjectBuilder()
                            .add("tenantId", tenant)
                            .add("categoryId", category)
                            .add("urgency", "NORMAL")
                            .add("description", "Filing " + i + " while a node goes down.")
                            .build();
                    for (var attempt = 1; ; attempt++) {
                      ApiClient.Answer answer = null;
                      try {
                        answer = api.post("concerns", body, Map.of("Idempotency-Key", key));
                      } catch (java.io.IOException lost) {
                        // no answer at all: the same as a 502 for the client
                      }
                      if (answer != null && answer.status() == 201) {
                        acknowledged.put(key, answer.json().getString("id"));
                        break;
                      }
                      if (answer != null && answer.status() < 500 || attempt == 30) {
                        refused.add(key + ": " + answer);
                        break;
                      }
                      sentAgain.incrementAndGet();
                      Thread.sleep(200);
                    }
                  }
                  return null;
                }));
      }
      for (var client : clients) {
        client.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "Filed %d through two nodes, node %d killed after %d; %d sent again after losing the"
            + " answer%n",
        acknowledged.size(), victim, total / 3, sentAgain.get());
    assertEquals(List.of(), List.copyOf(refused), "no filing refused");
    assertEquals(total, acknowledged.size(), "every filing acknowledged");
    assertEquals(
        total, acknowledged.values().stream().distinct().count(), "each key its own concern");
    assertEquals(
        before + total,
        JourneyData.number("select count(*) from concern where tenant_id = ?", tenant),
        "each acknowledged filing exists exactly once");
    assertEquals(
        0,
        JourneyData.number(
            "select count(*) from concern c where c.tenant_id = ? and not exists"
                + " (select 1 from concern_event e where e.concern_id = c.id)",
            tenant),
        "no concern without its timeline");
    assertEquals(
        total,
        JourneyData.number(
            "select count(*) from api_idempotency k join concern c on c.public_id ="
                + " k.concern_public_id where k.idem_key like ?",
            run + "-%"),
        "no key without its concern");
    cluster.restart(victim);
  }

  @Test
  @Order(1)
  void aCoordinatorWorksAcrossBothNodesAndGoesOnWhenOneIsKilled() throws Exception {
    var start = cluster.servedBy().size();
    var page = PortalPage.signIn(browser, cluster.url(), "karin", "coordinator");
    page.open("tenancy/tenants.xhtml");
    page.type("list:text", JourneyData.TENANT_LAST_NAME);
    page.waitForTextContaining("list:tenants", "1–1 / 1");
    page.open("tenancy/tenant.xhtml?id=" + JourneyData.tenantId(JourneyData.TENANT_LAST_NAME));
    page.clickAndWait("edit:startEditing");
    page.type("edit:phone", "11 22 33 44");
    page.clickAndWait("edit:save");
    assertTrue(page.text("flash").contains("Oplysningerne er gemt."), page.text("flash"));

    // A submit's confirmation after its redirect: the save on one node, the tenant's page it
    // redirects to on the other, which shows the confirmation from the session. (Faces' flash,
    // sealed with a key of each node's own, lost it: JSF1094 in the other node's log.)
    page.open("tenancy/register.xhtml");
    page.type("register:firstName", "Klara");
    page.type("register:lastName", "Klyngesen");
    page.type("register:cpr", "020304-4321");
    page.choose("register:departmentId", "Boligselskabet Amagerhus – Sundholm (1)");
    page.type("register:address", "Sundholmsvej 12, 1. th.");
    var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
    var day = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    page.typeDate("register:referralDate", day.format(today.minusDays(3)));
    page.typeDate("register:moveInDate", day.format(today.minusDays(1)));
    page.chooseRadio("Længerevarende støttebehov");
    page.choose("register:consent", "Givet");
    page.typeDate("register:consentDate", day.format(today.minusDays(3)));
    page.click("register:save");
    page.waitForPath("/tenancy/tenant.xhtml");
    var pages =
        cluster.served().stream()
            .filter(r -> !r.uri().startsWith("/jakarta.faces.resource/"))
            .toList();
    var save = pages.get(pages.size() - 2);
    var shown = pages.get(pages.size() - 1);
    assertTrue(
        save.method().equals("POST") && save.uri().startsWith("/tenancy/register.xhtml"),
        "the save: " + save);
    assertTrue(shown.uri().startsWith("/tenancy/tenant.xhtml"), "the redirect: " + shown);
    assertFalse(save.node().equals(shown.node()), "saved on one node, shown by the other");
    assertTrue(page.text("flash").contains("Klara Klyngesen er registreret."), page.text("flash"));

    var served = cluster.servedBy().subList(start, cluster.servedBy().size());
    var ports = cluster.ports().stream().map(String::valueOf).toList();
    assertEquals(new HashSet<>(ports), new HashSet<>(served), "both nodes answered: " + served);
    assertEquals(
        served.size() - 1,
        switches(served),
        "each page or Ajax request on the other node than the one before: " + served);

    // A page's scripts and styles load while the page itself is still arriving, and the balancer
    // sends them to both nodes. Were the session cookie passed on with them, the node serving one
    // would write its older copy of the session back to the data grid after the page's node had
    // stored the page's view, and the page's next Ajax request would find its view gone ("page
    // expired"; the flake of the first CI runs, ADR 28). With the browser's cache off, every
    // page load fetches them again; each round opens the tenant page and uses it over Ajax.
    var tenantPage =
        "tenancy/tenant.xhtml?id=" + JourneyData.tenantId(JourneyData.TENANT_LAST_NAME);
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    try {
      for (var round = 1; round <= 10; round++) {
        page.open(tenantPage);
        page.clickAndWait("edit:startEditing");
        assertEquals("11 22 33 44", page.value("edit:phone"), "round " + round + " kept its view");
      }
    } finally {
      browser
          .driver()
          .executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
    System.out.println(
        "The browser's cookies: "
            + browser.driver().manage().getCookies().stream()
                .map(org.openqa.selenium.Cookie::getName)
                .toList()
            + "; scripts and styles served, by node: "
            + cluster.served().stream()
                .filter(r -> r.uri().startsWith("/jakarta.faces.resource/"))
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        LoadBalancer.Served::node, java.util.stream.Collectors.counting())));

    // The node that answered last goes down as in a crash; the next requests find the other.
    served = cluster.servedBy().subList(start, cluster.servedBy().size());
    var last = served.get(served.size() - 1);
    cluster.crash(Integer.parseInt(last));
    var before = start + served.size();
    page.open("tenancy/tenants.xhtml");
    assertFalse(page.isKeycloakLogin(), "still signed in on the other node");
    page.type("list:text", JourneyData.TENANT_LAST_NAME);
    page.waitForTextContaining("list:tenants", "1–1 / 1");
    page.open("tenancy/tenant.xhtml?id=" + JourneyData.tenantId(JourneyData.TENANT_LAST_NAME));
    page.clickAndWait("edit:startEditing");
    assertEquals("11 22 33 44", page.value("edit:phone"), "what was saved before the crash");
    page.clickAndWait("edit:save");
    assertTrue(page.text("flash").contains("Oplysningerne er gemt."), page.text("flash"));
    var after = cluster.servedBy().subList(before, cluster.servedBy().size());
    var survivor = ports.stream().filter(p -> !p.equals(last)).findFirst().orElseThrow();
    assertEquals(List.of(survivor), after.stream().distinct().toList(), "only the survivor");
    cluster.restart(Integer.parseInt(last));
  }

  /**
   * MariaDB goes down while karin works (on the cluster, both nodes up again): what she asks for
   * meanwhile is answered with the portal's own page in Danish — no stack trace, no bare 500 — and
   * once MariaDB is back the pool finds it by itself: the next pages work on both nodes, nothing
   * filed before is lost.
   */
  @Test
  @Order(3)
  void whileTheDatabaseRestartsPagesSaySoAndThePoolRecoversByItself() throws Exception {
    browser.forgetEverything();
    var page = PortalPage.signIn(browser, cluster.url(), "karin", "coordinator");
    page.open("tenancy/tenants.xhtml");
    page.type("list:text", JourneyData.TENANT_LAST_NAME);
    page.waitForTextContaining("list:tenants", "1–1 / 1");
    var concerns = JourneyData.number("select count(*) from concern");
    var db = RealServers.database();
    db.stopForAWhile();
    try {
      for (var i = 0; i < 2; i++) {
        // Once on each node.
        page.open("tenancy/tenants.xhtml");
        var shown = page.visibleText();
        assertTrue(
            shown.contains("Portalen kan ikke nå sin database lige nu"),
            "the outage said in Danish: " + shown);
        assertFalse(
            shown.contains("Exception") || shown.contains("SQL") || shown.contains("at dk."),
            "no stack trace: " + shown);
      }
      // The outage spans a tick of the once-a-minute timers and its retry: they must outlive it
      // (Payara cancelled a timer whose tick failed twice; the metrics test checks they run).
      var now = java.time.LocalTime.now();
      Thread.sleep((60 - now.getSecond() + 10) * 1000L);
    } finally {
      db.startAgain();
    }
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    var recovered = 0;
    while (recovered < 2 && System.nanoTime() < deadline) {
      page.open("tenancy/tenants.xhtml");
      recovered = page.exists("list:tenants") ? recovered + 1 : 0;
      if (recovered == 0) {
        Thread.sleep(1000);
      }
    }
    assertEquals(2, recovered, "both nodes serve the list again without a restart");
    assertFalse(page.isKeycloakLogin(), "still signed in");
    assertEquals(concerns, JourneyData.number("select count(*) from concern"), "nothing lost");
  }

  /**
   * Keycloak goes down: someone who comes to sign in is told in Danish that signing in is
   * unavailable for now — on the portal's own page, not the browser's "cannot connect". The node
   * logs why as one JSON line that names the request by the balancer's id; every line of the nodes'
   * logs is one JSON object.
   */
  @Test
  @Order(4)
  void whileKeycloakIsDownANewSignInIsToldSoInDanish() throws Exception {
    browser.forgetEverything();
    // The test realm's tokens live 15 seconds (every journey renews them); here karin's live two
    // minutes, so that the outage falls well inside them.
    var admin = new dk.kk.naboskab.testsupport.KeycloakAdmin();
    admin.setPortalTokenLifespan(java.time.Duration.ofMinutes(2));
    PortalPage karin;
    try {
      karin = PortalPage.signIn(browser, cluster.url(), "karin", "coordinator");
    } finally {
      admin.setPortalTokenLifespan(null);
    }
    RealServers.withoutKeycloak(
        () -> {
          // Someone already signed in goes on working, on both nodes, until her access token
          // must be renewed: the portal holds who she is (ADR 14).
          for (var i = 0; i < 2; i++) {
            karin.open("tenancy/tenants.xhtml");
            assertFalse(karin.isKeycloakLogin(), "still signed in while Keycloak is away");
            karin.type("list:text", JourneyData.TENANT_LAST_NAME);
            karin.waitForTextContaining("list:tenants", "1–1 / 1");
          }
          browser.forgetEverything();
          var page = new PortalPage(browser.driver(), cluster.url());
          // Each node keeps Keycloak's "up" ten seconds at most.
          var deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
          var shown = "";
          while (System.nanoTime() < deadline) {
            page.open("");
            shown = page.visibleText();
            if (shown.contains("Log-in er midlertidigt utilgængelig")) {
              break;
            }
            Thread.sleep(1000);
          }
          assertTrue(shown.contains("Log-in er midlertidigt utilgængelig"), shown);
          assertTrue(
              browser.driver().getCurrentUrl().startsWith(cluster.url().toString()),
              "on the portal's own page: " + browser.driver().getCurrentUrl());
          // The node's log says why, as one JSON line naming the request the balancer logged.
          var refused =
              cluster.served().stream()
                  .filter(r -> r.uri().equals("/") && r.status() == 302)
                  .reduce((first, second) -> second)
                  .orElseThrow();
          var line =
              nodeLogLines().stream()
                  .filter(l -> l.contains("req=" + refused.id()))
                  .filter(l -> l.contains("Keycloak does not answer"))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no log line names " + refused));
          try (var reader = Json.createReader(new java.io.StringReader(line))) {
            var event = reader.readObject();
            assertTrue(event.getString("ThreadName").endsWith("req=" + refused.id()), line);
            assertEquals("WARNING", event.getString("Level"), line);
          }
        });
    // Keycloak came back with the realm as imported: the cluster's address is added again, as at
    // the cluster's start, so that the next sign-in through the balancer is let back.
    new dk.kk.naboskab.testsupport.KeycloakAdmin()
        .addPortalAddress(cluster.url().toString().replaceAll("/$", ""));
    for (var line : nodeLogLines()) {
      try (var reader = Json.createReader(new java.io.StringReader(line))) {
        reader.readObject();
      } catch (jakarta.json.JsonException notJson) {
        throw new AssertionError("a node's log line that is not one JSON object: " + line);
      }
    }
  }

  /**
   * What operations watch (#19): each node's /metrics answers on its monitoring port, and only
   * there — not on the portal's port, not through the balancer, and the monitoring port serves no
   * page of the portal. The gauges agree with the database; the page timers have the journey's
   * pages; a sign-in answer that does not hold is counted.
   */
  @Test
  @Order(5)
  void operationsReadEachNodesFiguresOnItsMonitoringPortOnly() throws Exception {
    var http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    System.out.println(
        "The portal's metrics on node "
            + cluster.ports().get(0)
            + ":\n"
            + metrics(http, cluster.ports().get(0))
                .text()
                .lines()
                .filter(l -> l.startsWith("naboskab_"))
                .collect(java.util.stream.Collectors.joining("\n")));
    for (var port : cluster.ports()) {
      // The portal's port has no /metrics: the portal asks who is there (the address is not one
      // of its open ones) and has no such page.
      assertNoMetrics(http, "http://127.0.0.1:" + port + "/metrics");
      assertEquals(
          404,
          status(
              http,
              "http://127.0.0.1:" + PortalCluster.monitoringPort(port) + "/tenancy/tenants.xhtml"),
          "no page of the portal on the monitoring port");
      assertEquals(
          200,
          status(http, "http://127.0.0.1:" + PortalCluster.monitoringPort(port) + "/health/live"));
    }
    assertNoMetrics(http, cluster.url() + "metrics");

    var openConcerns =
        "select count(*) from concern where status in ('NEW', 'ACKNOWLEDGED', 'AWAITING_INFO',"
            + " 'REOPENED')";
    var waiting = "select count(*) from mail_outbox where status = 'PENDING'";
    // The escalation counts open concerns each minute, the mail gauges are at most 15 s old.
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(180).toNanos();
    var agreed = false;
    var last = "";
    while (!agreed && System.nanoTime() < deadline) {
      agreed = true;
      for (var port : cluster.ports()) {
        var metrics = metrics(http, port);
        var open = JourneyData.number(openConcerns);
        var mails = JourneyData.number(waiting);
        last =
            port
                + ": open "
                + metrics.value("naboskab_concerns_open")
                + " (db "
                + open
                + "),"
                + " mails "
                + metrics.value("naboskab_mail_waiting")
                + " (db "
                + mails
                + "), keeper's lag "
                + metrics.value("naboskab_figures_keeper_lag_seconds")
                + " s";
        // The keeper runs every minute and a pass takes seconds: a node whose timer died in the
        // database's outage would lag on and on.
        agreed &=
            metrics.value("naboskab_concerns_open") == open
                && metrics.value("naboskab_mail_waiting") == mails
                && metrics.value("naboskab_figures_keeper_lag_seconds") < 125;
      }
      if (!agreed) {
        Thread.sleep(5000);
      }
    }
    assertTrue(agreed, "the gauges agree with the database: " + last);
    for (var port : cluster.ports()) {
      var metrics = metrics(http, port);
      assertEquals(1, metrics.value("naboskab_read_log_chain_intact"), "the chain holds");
      assertTrue(metrics.value("naboskab_read_log_oldest_unsealed_seconds") < 60, "sealed");
      assertTrue(metrics.value("naboskab_concerns_overdue") >= 0, "overdue counted");
      assertTrue(metrics.value("naboskab_mail_given_up") >= 0, "given-up mails counted");
    }
    // Two views of the tenant list, one on each node (round robin): each node times its own.
    browser.forgetEverything();
    var page = PortalPage.signIn(browser, cluster.url(), "karin", "coordinator");
    page.open("tenancy/tenants.xhtml");
    page.open("tenancy/tenants.xhtml");
    for (var port : cluster.ports()) {
      var timed =
          metrics(http, port)
              .value(
                  "naboskab_request_time_seconds_count",
                  "page=\"/tenancy/tenants.xhtml\"",
                  "method=\"GET\"");
      assertTrue(timed >= 1, "node " + port + " times the tenant list's views: " + timed);
    }

    var refused = "reason=\"answer-refused\"";
    var before =
        cluster.ports().stream()
            .mapToDouble(p -> metrics(http, p).value("naboskab_sign_in_failures_total", refused))
            .sum();
    status(http, cluster.url() + "callback?state=forged&code=forged");
    var after =
        cluster.ports().stream()
            .mapToDouble(p -> metrics(http, p).value("naboskab_sign_in_failures_total", refused))
            .sum();
    assertEquals(before + 1, after, "a forged sign-in answer is counted once");
  }

  private static void assertNoMetrics(java.net.http.HttpClient http, String url) throws Exception {
    var answer =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertTrue(
        answer.statusCode() != 200 && !answer.body().contains("# TYPE"),
        url + " answered " + answer.statusCode() + ": " + answer.body());
  }

  private static int status(java.net.http.HttpClient http, String url) throws Exception {
    return http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static Scrape metrics(java.net.http.HttpClient http, int port) {
    try {
      var answer =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "http://127.0.0.1:" + PortalCluster.monitoringPort(port) + "/metrics"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      return new Scrape(answer.body());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A node's /metrics in Prometheus' text format. */
  private record Scrape(String text) {
    /** The value of the first line of the metric with all the labels given; 0 when none. */
    double value(String name, String... labels) {
      for (var line : text.split("\n")) {
        if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
          var holds = true;
          for (var label : labels) {
            holds &= line.contains(label);
          }
          if (holds) {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          }
        }
      }
      if (labels.length == 0) {
        throw new AssertionError(name + " is not among the node's metrics");
      }
      return 0;
    }
  }

  /** The running nodes' log lines (Payara's JSON formatter, config/payara/logging.properties). */
  private static List<String> nodeLogLines() throws Exception {
    var lines = new ArrayList<String>();
    for (var node : List.of("node1.log", "node2.log")) {
      for (var line :
          java.nio.file.Files.readAllLines(
              cluster.dir().resolve(node), java.nio.charset.StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static int switches(List<String> served) {
    var switches = 0;
    var list = new ArrayList<>(served);
    for (var i = 1; i < list.size(); i++) {
      if (!list.get(i).equals(list.get(i - 1))) {
        switches++;
      }
    }
    return switches;
  }
}
