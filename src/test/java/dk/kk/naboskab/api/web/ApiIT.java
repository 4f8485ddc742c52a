package dk.kk.naboskab.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.insight.application.Filter;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.tenancy.application.TenancyFixtures;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.testsupport.ApiClient;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.JourneyData;
import dk.kk.naboskab.testsupport.KeycloakAdmin;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestImages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API as the associations' systems and the warehouse meet it (#18): real Keycloak tokens
 * by the client-credentials grant, the real portal over HTTP, real MariaDB. In the container, so
 * the municipality's side of a concern is taken through its own service between the calls.
 */
@NaboskabIT
class ApiIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Locale DANISH = Locale.forLanguageTag("da");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject ConcernService concerns;
  @Inject ConcernChoices choices;
  @Inject ResponseTimes responseTimes;
  @Inject dk.kk.naboskab.api.application.Webhooks webhooks;
  @Inject dk.kk.naboskab.api.application.WebhookSender webhookSender;

  private ApiClient amagerhus;
  private long tenantId;
  private long categoryId;
  private String name;

  @BeforeEach
  void amagerhusHasATenantOfItsOwn() throws Exception {
    JourneyData.ensure();
    name = "Api" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
    ActingUser.actAsCoordinatorOf("karin", "AMAGER");
    var department =
        fixtures.number(
            "select d.id from department d join housing_association a on a.id = d.association_id"
                + " where a.code = 'AMH' order by d.id limit 1");
    tenantId =
        tenancy
            .registerTenant(
                TenancyFixtures.housedTenant(
                    department, "Anja", name, LocalDate.now(ZoneId.of("Europe/Copenhagen"))))
            .getId();
    categoryId = choices.categories(DANISH).get(0).id();
    ActingUser.anonymous();
    amagerhus = ApiClient.as(ApiClient.portal(), "amagerhus-system");
  }

  /**
   * What each call cost the database, held to its budget; and the test's tenant moved out, so the
   * journeys' lists of Amagerhus's tenants stay as they expect.
   */
  @AfterEach
  void withinBudgetAndMovedOut() {
    try {
      dk.kk.naboskab.testsupport.PageBudgets.check("ApiIT");
    } finally {
      ActingUser.actAsCoordinatorOf("karin", "AMAGER");
      tenancy.endTenancy(
          tenantId,
          (int) fixtures.number("select version from tenant where id = ?", tenantId),
          LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1),
          dk.kk.naboskab.tenancy.domain.TenancyEndReason.MOVED);
      ActingUser.anonymous();
    }
  }

  private JsonObject filing(String description) {
    return Json.createObjectBuilder()
        .add("tenantId", tenantId)
        .add("categoryId", categoryId)
        .add("urgency", "URGENT")
        .add("description", description)
        .add("happenedAt", "2026-11-30T21:15")
        .add("location", "Opgang C")
        .build();
  }

  private static Map<String, String> key(String key) {
    return Map.of("Idempotency-Key", key);
  }

  private long concernsAbout(long tenant) {
    return fixtures.number("select count(*) from concern where tenant_id = ?", tenant);
  }

  @Test
  void anAssociationsSystemFilesFollowsAndAnswersAConcern() throws Exception {
    var tenants = amagerhus.get("tenants?size=100");
    assertEquals(200, tenants.status(), tenants.toString());
    assertNull(tenants.header("Set-Cookie"), "the API keeps no session");
    var names = new ArrayList<String>();
    for (var page = 0; ; page++) {
      var items = amagerhus.get("tenants?size=100&page=" + page).json().getJsonArray("items");
      items.getValuesAs(JsonObject.class).forEach(t -> names.add(t.getString("name")));
      if (items.size() < 100) {
        break;
      }
    }
    assertTrue(names.contains("Anja " + name), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains(JourneyData.OTHER_TENANT_LAST_NAME)));
    assertEquals(tenants.json().getInt("total"), names.size());
    assertTrue(
        fixtures.number(
                "select count(*) from audit_event where action = 'EXPORT' and tenant_id = ? and"
                    + " actor = 'service-account-amagerhus-system'"
                    + " and purpose = 'boligselskabets system (API)'",
                tenantId)
            >= 1,
        "each tenant the system lists is an export in the read log");

    var urgencies = amagerhus.get("urgencies");
    assertEquals(200, urgencies.status());
    assertEquals("Haster", urgencies.array().getJsonObject(1).getString("name"));
    assertFalse(amagerhus.get("categories").array().isEmpty());

    var idempotency = UUID.randomUUID().toString();
    var filed = amagerhus.post("concerns", filing("Råb og skrig i opgangen."), key(idempotency));
    assertEquals(201, filed.status(), filed.toString());
    var id = filed.json().getString("id");
    assertTrue(filed.header("Location").endsWith("/api/v1/concerns/" + id));
    assertEquals("false", filed.header("Idempotent-Replayed"));

    var again = amagerhus.post("concerns", filing("Råb og skrig i opgangen."), key(idempotency));
    assertEquals(201, again.status(), again.toString());
    assertEquals(id, again.json().getString("id"), "a retried POST answers the first concern");
    assertEquals("true", again.header("Idempotent-Replayed"));
    var changed = amagerhus.post("concerns", filing("Noget helt andet."), key(idempotency));
    assertEquals(422, changed.status(), changed.toString());
    assertEquals(java.util.List.of("Idempotency-Key:api.idempotency.reused"), changed.errors());
    assertEquals(1, concernsAbout(tenantId));

    var read = amagerhus.get("concerns/" + id);
    assertEquals(200, read.status(), read.toString());
    var concern = read.json();
    assertEquals("NEW", concern.getString("status"));
    assertEquals("Opgang C", concern.getString("location"));
    assertEquals("\"" + concern.getInt("version") + "\"", read.header("ETag"));
    assertEquals(
        "FILED",
        concern.getJsonArray("timeline").getJsonObject(0).getString("kind"),
        "the association's timeline: the routing is the municipality's");
    assertEquals(1, concern.getJsonArray("timeline").size());
    assertEquals(
        "Boligselskabet Amagerhus (eget system)",
        concern.getJsonArray("timeline").getJsonObject(0).getString("actor"),
        "the filer is the association's system, by its organisation's name");
    assertEquals(
        1,
        fixtures.number(
            "select count(*) from audit_event a join concern c on c.id = a.concern_id"
                + " where c.public_id = ? and a.action = 'READ_CONCERN'"
                + " and a.actor = 'service-account-amagerhus-system'",
            id));
    var list = amagerhus.get("concerns?status=open&size=100");
    assertEquals(200, list.status(), list.toString());
    assertTrue(
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(c -> c.getString("id").equals(id) && c.getJsonObject("clock") != null));

    // The municipality asks for more; the system answers with words and a file.
    ActingUser.actAsCoordinatorOf("karin", "AMAGER");
    concerns.take(
        id,
        concern.getInt("version"),
        Step.REQUEST_INFO,
        "Hvornår om natten?",
        java.util.List.of());
    ActingUser.anonymous();
    var asked = amagerhus.get("concerns/" + id).json();
    assertEquals("AWAITING_INFO", asked.getString("status"));
    assertEquals(
        java.util.List.of("information"),
        asked.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    var answer =
        Json.createObjectBuilder()
            .add("text", "Mellem kl. 2 og 4.")
            .add(
                "files",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "opgang.png")
                            .add("content", Base64.getEncoder().encodeToString(TestImages.png()))))
            .build();
    var noVersion = amagerhus.post("concerns/" + id + "/information", answer, Map.of());
    assertEquals(428, noVersion.status(), noVersion.toString());
    var stale =
        amagerhus.post(
            "concerns/" + id + "/information",
            answer,
            Map.of("If-Match", "\"" + concern.getInt("version") + "\""));
    assertEquals(409, stale.status(), stale.toString());
    var answered =
        amagerhus.post(
            "concerns/" + id + "/information",
            answer,
            Map.of("If-Match", "\"" + asked.getInt("version") + "\""));
    assertEquals(200, answered.status(), answered.toString());
    var timeline = answered.json().getJsonArray("timeline").getValuesAs(JsonObject.class);
    var provided = timeline.get(timeline.size() - 1);
    assertEquals("INFO_PROVIDED", provided.getString("kind"));
    var file = provided.getJsonArray("files").getJsonObject(0);
    assertEquals("image/png", file.getString("contentType"));
    var download = amagerhus.get(file.getString("href").replaceFirst(".*/api/v1/", ""));
    assertEquals(200, download.status());

    // Resolved by the municipality, then reopened and confirmed by the system.
    ActingUser.actAsCoordinatorOf("karin", "AMAGER");
    concerns.resolve(id, answered.json().getInt("version"), Outcome.HOME_VISIT, "Besøg aflagt.");
    ActingUser.anonymous();
    var resolved = amagerhus.get("concerns/" + id).json();
    assertEquals("RESOLVED", resolved.getString("status"));
    var reopenWithoutWords =
        amagerhus.post(
            "concerns/" + id + "/reopening",
            Json.createObjectBuilder().build(),
            Map.of("If-Match", "\"" + resolved.getInt("version") + "\""));
    assertEquals(422, reopenWithoutWords.status(), reopenWithoutWords.toString());
    assertEquals(java.util.List.of("text:concern.text.required"), reopenWithoutWords.errors());
    var confirmed =
        amagerhus.post(
            "concerns/" + id + "/confirmation",
            Json.createObjectBuilder().add("text", "Tak.").build(),
            Map.of("If-Match", "\"" + resolved.getInt("version") + "\""));
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals("CLOSED", confirmed.json().getString("status"));
  }

  @Test
  void anotherAssociationsSystemReachesNothingOfIt() throws Exception {
    var filed =
        amagerhus.post("concerns", filing("Vand fra loftet."), key(UUID.randomUUID().toString()));
    assertEquals(201, filed.status(), filed.toString());
    var id = filed.json().getString("id");
    var valby = ApiClient.as(ApiClient.portal(), "valbyhave-system");

    var read = valby.get("concerns/" + id);
    assertEquals(404, read.status(), read.toString());
    assertEquals("application/problem+json;charset=UTF-8", read.header("Content-Type"));
    assertEquals("Findes ikke, eller I har ikke adgang til den.", read.json().getString("title"));
    var answer =
        valby.post(
            "concerns/" + id + "/information",
            Json.createObjectBuilder().add("text", "x").build(),
            Map.of("If-Match", "\"0\""));
    assertEquals(404, answer.status(), answer.toString());
    assertEquals(
        404,
        valby
            .post(
                "concerns/" + id + "/confirmation",
                Json.createObjectBuilder().build(),
                Map.of("If-Match", "\"0\""))
            .status());
    assertTrue(
        valby.get("concerns?status=every&size=100").json().getJsonArray("items").stream()
            .noneMatch(c -> c.asJsonObject().getString("id").equals(id)));
    var valbyTenants = valby.get("tenants?size=100").json().getJsonArray("items");
    assertTrue(
        valbyTenants.stream()
            .noneMatch(t -> t.asJsonObject().getString("name").equals("Anja " + name)));
    var filedForAnother =
        valby.post("concerns", filing("Ikke vores."), key(UUID.randomUUID().toString()));
    assertEquals(422, filedForAnother.status(), filedForAnother.toString());
    assertEquals(java.util.List.of("tenantId:concern.tenant.notOurs"), filedForAnother.errors());
    assertEquals(1, concernsAbout(tenantId), "nothing stored for the refused filing");
  }

  @Test
  void badInputIsAProblemNamingTheRuleAndStoresNothing() throws Exception {
    var key = key(UUID.randomUUID().toString());
    var malformed = amagerhus.post("concerns", "{\"tenantId\": ", "application/json", key);
    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals("urn:naboskab:problem:malformed", malformed.json().getString("type"));

    var unknown =
        amagerhus.post(
            "concerns",
            Json.createObjectBuilder(filing("Støj.")).add("descripton", "Støj.").build(),
            key);
    assertEquals(400, unknown.status(), unknown.toString());
    assertEquals(java.util.List.of("descripton:unknown"), unknown.errors());

    var wrongType = amagerhus.post("concerns", "tenantId=1", "text/plain", key);
    assertEquals(415, wrongType.status(), wrongType.toString());

    var tooLong = amagerhus.post("concerns", filing("x".repeat(4001)), key);
    assertEquals(422, tooLong.status(), tooLong.toString());
    assertEquals(java.util.List.of("description:Size"), tooLong.errors());
    assertEquals(
        "Beskrivelsen må højst være 4000 tegn.",
        tooLong.json().getJsonArray("errors").getJsonObject(0).getString("detail"));

    var nothing =
        amagerhus.post("concerns", Json.createObjectBuilder().add("description", " ").build(), key);
    assertEquals(422, nothing.status(), nothing.toString());
    assertEquals(
        java.util.List.of(
            "categoryId:NotNull", "description:NotBlank", "tenantId:NotNull", "urgency:NotNull"),
        nothing.errors(),
        "one entry per field");

    var notWhatItSays =
        amagerhus.post(
            "concerns",
            Json.createObjectBuilder(filing("Se billedet."))
                .add(
                    "files",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "faktura.pdf")
                                .add(
                                    "content",
                                    Base64.getEncoder().encodeToString(TestImages.png()))))
                .build(),
            key);
    assertEquals(422, notWhatItSays.status(), notWhatItSays.toString());
    assertEquals(java.util.List.of("files:attachment.mismatch"), notWhatItSays.errors());

    var noKey = amagerhus.post("concerns", filing("Støj."), Map.of());
    assertEquals(400, noKey.status(), noKey.toString());
    assertEquals(java.util.List.of("Idempotency-Key:required"), noKey.errors());

    var huge = new byte[ConcernsResource.MAX_BODY + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    var tooBig = amagerhus.post("concerns", huge, key);
    assertEquals(413, tooBig.status(), tooBig.toString());

    var millionRows = amagerhus.get("concerns?size=1000000");
    assertEquals(422, millionRows.status(), millionRows.toString());
    assertEquals(java.util.List.of("size:Range"), millionRows.errors());
    assertEquals(404, amagerhus.get("concerns/" + UUID.randomUUID()).status());

    assertEquals(0, concernsAbout(tenantId), "no refused request stored anything");
    assertEquals(
        0,
        fixtures.number(
            "select count(*) from api_idempotency where idem_key = ?", key.get("Idempotency-Key")),
        "nor kept its key");
  }

  @Test
  void onlyATokenOfThisRealmForTheApiWithTheRightRoleGetsIn() throws Exception {
    var portal = ApiClient.portal();
    var none = ApiClient.withToken(portal, null).get("tenants");
    assertEquals(401, none.status(), none.toString());
    assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
    assertEquals("application/problem+json;charset=UTF-8", none.header("Content-Type"));

    var token = amagerhus.token();
    var tampered =
        token.substring(0, token.lastIndexOf('.') + 1)
            + new StringBuilder(token.substring(token.lastIndexOf('.') + 1)).reverse();
    assertEquals(401, ApiClient.withToken(portal, tampered).get("tenants").status());
    var admin = new KeycloakAdmin();
    var otherRealm = ApiClient.withToken(portal, admin.masterToken()).get("tenants");
    assertEquals(401, otherRealm.status(), "another realm's token: " + otherRealm);
    admin.addClientWithoutApiAudience("other-system", "other-system-secret");
    var otherClient =
        ApiClient.withToken(portal, ApiClient.token("other-system", "other-system-secret"))
            .get("tenants");
    assertEquals(401, otherClient.status(), "a token for another client: " + otherClient);

    var warehouse = ApiClient.as(portal, "kk-datavarehus");
    var forbidden = warehouse.get("tenants");
    assertEquals(403, forbidden.status(), forbidden.toString());
    assertEquals(403, amagerhus.get("figures/caseloads").status());
    assertEquals(405, amagerhus.post("tenants", "{}", "application/json", Map.of()).status());
  }

  @Test
  void aTokenIsRefusedOnceItHasExpired() throws Exception {
    var token =
        ApiClient.token(
            "amagerhus-system",
            dk.kk.naboskab.testsupport.KeycloakServer.apiClientSecret(
                dk.kk.naboskab.testsupport.RealServers.CLIENT_SECRET, "amagerhus-system"));
    var client = ApiClient.withToken(ApiClient.portal(), token);
    assertEquals(200, client.get("urgencies").status());
    var payload =
        new String(
            Base64.getUrlDecoder().decode(token.split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    var expires =
        Json.createReader(new java.io.StringReader(payload))
            .readObject()
            .getJsonNumber("exp")
            .longValue();
    // The test realm's tokens live 15 s; the portal forgives 5 s of skew.
    var wait = (expires + 6) * 1000 - System.currentTimeMillis();
    assertTrue(wait < 25_000, "a short-lived token: " + payload);
    Thread.sleep(Math.max(0, wait));
    var expired = client.get("urgencies");
    assertEquals(401, expired.status(), expired.toString());
    assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));
  }

  @Test
  void twoIdenticalPostsAtOnceFileOneConcern() throws Exception {
    var key = key(UUID.randomUUID().toString());
    var body = filing("To på én gang.");
    var start = new CountDownLatch(1);
    var posts = new ArrayList<CompletableFuture<ApiClient.Answer>>();
    for (var i = 0; i < 2; i++) {
      posts.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                  return amagerhus.post("concerns", body, key);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    start.countDown();
    var first = posts.get(0).join();
    var second = posts.get(1).join();
    assertEquals(201, first.status(), first.toString());
    assertEquals(201, second.status(), second.toString());
    assertEquals(first.json().getString("id"), second.json().getString("id"));
    assertEquals(1, concernsAbout(tenantId));
  }

  @Test
  void theWarehouseGetsThePagesFiguresWithTheSameSuppression() throws Exception {
    var warehouse = ApiClient.as(ApiClient.portal(), "kk-datavarehus");
    var answer = warehouse.get("figures/response-times?by=association&from=2020-01&to=2030-12");
    assertEquals(200, answer.status(), answer.toString());
    ActingUser.actAs("anna", Role.ANALYST);
    var page =
        responseTimes.allClocks(
            ResponseTimes.Dimension.ASSOCIATION,
            new Filter(
                java.time.YearMonth.of(2020, 1),
                java.time.YearMonth.of(2030, 12),
                null,
                null,
                null),
            DANISH);
    ActingUser.anonymous();
    for (var clock : page.keySet()) {
      var figures = answer.json().getJsonArray(clock.name()).getValuesAs(JsonObject.class);
      assertEquals(page.get(clock).size(), figures.size(), clock.name());
      for (var i = 0; i < figures.size(); i++) {
        var expected = page.get(clock).get(i);
        var got = figures.get(i);
        assertEquals(expected.key(), got.getString("key"));
        assertEquals(expected.suppressed(), got.getBoolean("suppressed"));
        if (expected.count() == null) {
          assertTrue(got.isNull("count"), "a suppressed group has no count: " + got);
        } else {
          assertEquals(expected.count().longValue(), got.getJsonNumber("count").longValue());
          assertEquals(0, expected.count() % 5, "an analyst's counts are rounded to fives");
        }
      }
    }
    var bad = warehouse.get("figures/response-times?from=2026-13");
    assertEquals(422, bad.status(), bad.toString());
    assertEquals(java.util.List.of("from:format"), bad.errors());
    var backwards = warehouse.get("figures/retention?from=2026-06&to=2026-01");
    assertEquals(422, backwards.status(), backwards.toString());
    assertEquals(java.util.List.of("from:insight.period.order"), backwards.errors());
    var caseloads = warehouse.get("figures/caseloads");
    assertEquals(200, caseloads.status(), caseloads.toString());
    assertNotNull(caseloads.json().getJsonArray("byUnitAndType"));
    var retention = warehouse.get("figures/retention?by=pathway");
    assertEquals(200, retention.status(), retention.toString());
  }

  /**
   * The test run's bucket holds 100 calls refilled at 600 a minute (the POM), so the other tests
   * never meet the limit; here the warehouse's bucket is left 5 calls short, as after a burst.
   */
  @Test
  void aClientThatCallsTooOftenIsToldToWaitAndGetsInAfterWaiting() throws Exception {
    var warehouse = ApiClient.as(ApiClient.portal(), "kk-datavarehus");
    assertEquals(200, warehouse.get("urgencies").status());
    try {
      fixtures.update(
          "update api_rate set tokens = -5, refilled_at = ? where client = 'kk-datavarehus'",
          System.currentTimeMillis());
      var refused = warehouse.get("urgencies");
      assertEquals(429, refused.status(), refused.toString());
      var wait = Long.parseLong(refused.header("Retry-After"));
      assertEquals(1, wait, "6 tokens short at 10 a second: under a second, said as 1");
      assertEquals("urn:naboskab:problem:rate-limited", refused.json().getString("type"));
      assertEquals("For mange kald: vent 1 sekunder.", refused.json().getString("title"));
      assertEquals(
          200,
          ApiClient.as(ApiClient.portal(), "valbyhave-system").get("urgencies").status(),
          "one client's rate is its own");
      Thread.sleep(wait * 1000 + 100);
      assertEquals(200, warehouse.get("urgencies").status(), "a client that waits as told gets in");
    } finally {
      fixtures.update("delete from api_rate where client = 'kk-datavarehus'");
    }
  }

  /**
   * A client's first calls arrive together (the bucket does not exist yet): each gets in — the call
   * that loses the race to create the bucket takes its token from the winner's.
   */
  @Test
  void aClientsFirstCallsAtOnceAllGetIn() throws Exception {
    var valbyhave = ApiClient.as(ApiClient.portal(), "valbyhave-system");
    for (var round = 0; round < 3; round++) {
      fixtures.update("delete from api_rate where client = 'valbyhave-system'");
      var began = System.nanoTime();
      var start = new CountDownLatch(1);
      var calls = new ArrayList<CompletableFuture<ApiClient.Answer>>();
      for (var i = 0; i < 8; i++) {
        calls.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                    return valbyhave.get("urgencies");
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      start.countDown();
      for (var call : calls) {
        assertEquals(200, call.join().status(), "round " + round + ": " + call.join());
      }
      var refilled = (System.nanoTime() - began) / 100_000_000L + 1; // 10 tokens a second
      var left =
          fixtures.number(
              "select floor(tokens) from api_rate where client = ?", "valbyhave-system");
      assertTrue(left <= 92 + refilled, "each of the 8 took a token: " + left + " left");
    }
  }

  /** What a webhook receiver got: one entry per request, its headers and body. */
  private record Received(String signature, String event, String delivery, String body) {}

  private static com.sun.net.httpserver.HttpServer receiver(
      int port, java.util.List<Received> received) throws java.io.IOException {
    var server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/hook",
        exchange -> {
          var body =
              new String(
                  exchange.getRequestBody().readAllBytes(),
                  java.nio.charset.StandardCharsets.UTF_8);
          var headers = exchange.getRequestHeaders();
          received.add(
              new Received(
                  headers.getFirst("Naboskab-Signature"),
                  headers.getFirst("Naboskab-Event"),
                  headers.getFirst("Naboskab-Delivery"),
                  body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  /** Checks a signature as a receiver would, with its own HMAC: "t=…,v1=…" over "t.body". */
  private static boolean signedWith(String secret, Received r) throws Exception {
    var parts = r.signature().split(",");
    var t = parts[0].substring(2);
    var v1 = parts[1].substring(3);
    var mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    var expected =
        java.util.HexFormat.of()
            .formatHex(
                mac.doFinal(
                    (t + "." + r.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return expected.equals(v1)
        && Math.abs(Long.parseLong(t) - java.time.Instant.now().getEpochSecond()) < 120;
  }

  private int version(String concern) {
    return (int) fixtures.number("select version from concern where public_id = ?", concern);
  }

  private java.util.List<Received> about(java.util.List<Received> received, String concern) {
    return received.stream().filter(r -> r.body().contains(concern)).toList();
  }

  @Test
  void aWebhookIsToldOfEachEventOnceSignedAndGetsThemAllAfterBeingDown() throws Exception {
    var received = java.util.Collections.synchronizedList(new ArrayList<Received>());
    var server = receiver(0, received);
    var port = server.getAddress().getPort();
    ActingUser.actAs("admin", Role.ADMIN);
    var association = fixtures.number("select id from housing_association where code = 'AMH'");
    var client = "amagerhus-hook-" + name;
    var registered = webhooks.register(client, association, "http://127.0.0.1:" + port + "/hook");
    ActingUser.anonymous();
    try {
      var first =
          amagerhus
              .post("concerns", filing("Skimmel i kælderen."), key(UUID.randomUUID().toString()))
              .json()
              .getString("id");
      ActingUser.actAsCoordinatorOf("karin", "AMAGER");
      concerns.take(first, version(first), Step.ACKNOWLEDGE, null, java.util.List.of());
      concerns.take(
          first, version(first), Step.REPLY, "Vi ser på det i morgen.", java.util.List.of());
      concerns.take(
          first, version(first), Step.REQUEST_INFO, "Hvilken kælder?", java.util.List.of());
      ActingUser.anonymous();
      var asked = amagerhus.get("concerns/" + first).json();
      amagerhus.post(
          "concerns/" + first + "/information",
          Json.createObjectBuilder().add("text", "Kælder B.").build(),
          Map.of("If-Match", "\"" + asked.getInt("version") + "\""));
      ActingUser.actAsCoordinatorOf("karin", "AMAGER");
      concerns.resolve(first, version(first), Outcome.HOME_VISIT, "Set og udbedret.");
      ActingUser.anonymous();

      // The sender's own timer may be delivering some of them at the same moment: wait for all.
      for (var i = 0; i < 40 && about(received, first).size() < 4; i++) {
        webhookSender.deliverDue(java.time.Duration.ofSeconds(20));
        Thread.sleep(250);
      }
      var events = about(received, first);
      assertEquals(
          java.util.Set.of(
              "concern.acknowledged",
              "concern.replied",
              "concern.information-requested",
              "concern.resolved"),
          java.util.Set.copyOf(events.stream().map(Received::event).toList()));
      assertEquals(4, events.size(), "each event once: " + events);
      for (var event : events) {
        assertTrue(signedWith(registered.secret(), event), "signature of " + event);
        assertFalse(event.body().contains(name), "ids and the kind only: " + event.body());
        assertTrue(event.body().contains("\"id\":\"" + event.delivery() + "\""), event.body());
      }
      webhookSender.deliverDue(java.time.Duration.ofSeconds(5));
      Thread.sleep(500);
      assertEquals(4, about(received, first).size(), "each event once, however often delivered");

      // The receiver is down while the municipality answers a second concern.
      server.stop(0);
      var second =
          amagerhus
              .post("concerns", filing("Dør der ikke lukker."), key(UUID.randomUUID().toString()))
              .json()
              .getString("id");
      ActingUser.actAsCoordinatorOf("karin", "AMAGER");
      concerns.take(second, version(second), Step.ACKNOWLEDGE, null, java.util.List.of());
      concerns.take(second, version(second), Step.REPLY, "Vi kommer forbi.", java.util.List.of());
      ActingUser.anonymous();
      webhookSender.deliverDue(java.time.Duration.ofSeconds(20));
      ActingUser.actAs("admin", Role.ADMIN);
      var waiting =
          webhooks.deliveries(500).stream().filter(d -> d.concern().equals(second)).toList();
      ActingUser.anonymous();
      assertEquals(2, waiting.size());
      for (var d : waiting) {
        assertEquals("PENDING", d.status());
        assertTrue(d.attempts() >= 1, "tried and failed: " + d);
        assertNotNull(d.lastError(), "the attempt's error is shown to the administrator");
      }
      server = receiver(port, received);
      // The test run's first wait is one second (the POM), doubling with each try.
      for (var i = 0; i < 20 && about(received, second).size() < 2; i++) {
        Thread.sleep(500);
        webhookSender.deliverDue(java.time.Duration.ofSeconds(20));
      }
      Thread.sleep(500);
      assertEquals(
          java.util.Set.of("concern.acknowledged", "concern.replied"),
          java.util.Set.copyOf(about(received, second).stream().map(Received::event).toList()),
          "after being down it gets them all");
      assertEquals(2, about(received, second).size(), "once each");
      for (var event : about(received, second)) {
        assertTrue(signedWith(registered.secret(), event));
      }
    } finally {
      server.stop(0);
      ActingUser.actAs("admin", Role.ADMIN);
      webhooks.setActive(registered.id(), false);
      ActingUser.anonymous();
    }
  }
}
