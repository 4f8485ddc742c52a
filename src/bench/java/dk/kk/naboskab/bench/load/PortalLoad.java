package dk.kk.naboskab.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The portal at a busy hour: {@value #DEFAULT_USERS} people signed in at once through Keycloak's
 * real login form, each working as their role does, with a person's pauses between pages.
 *
 * <p>The mix, per 200 (docs/operations.md, "Load"): 40 housing officers (hanne's and ole's
 * associations) follow their concerns and file a new one every third round; 140 support workers
 * (bo, sara, henrik) work their inboxes — open a concern, acknowledge it when it is new, else write
 * an internal note; 15 coordinators (karin) search the register and open a tenant; 5 analysts
 * (anna) read the three figures pages. The demo realm has one login per role and person, so several
 * virtual users share a login, each in their own session, as a person signed in on two machines
 * would be.
 *
 * <p>Pages are fetched as the browser fetches the document (not its scripts and styles, which a
 * browser keeps in its cache); actions are posted as PrimeFaces posts them, Ajax with the view
 * state. Every answer is checked: 200, still on the portal (not sent back to the login), no Faces
 * error in a partial response.
 */
public class PortalLoad extends Simulation {
  static final int DEFAULT_USERS = 200;

  private static final String PORTAL =
      System.getProperty("load.portal", "http://localhost:8080").replaceAll("/$", "");
  private static final int USERS = Integer.getInteger("load.users", DEFAULT_USERS);
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 600));

  /**
   * Everyone signs in within the first two minutes (a fifth of a shorter run), as people arrive in
   * the morning; then all of them work together for the whole run, so the figures of the work are
   * those of every user signed in at once, not of a crowd still arriving.
   */
  private static final Duration RAMP =
      Duration.ofSeconds(Math.min(120, Math.max(5, RUN.toSeconds() / 5)));

  /** When the work starts for everyone: the last sign-in has had ten seconds to finish. */
  private static final long WORK_STARTS_AT = System.currentTimeMillis() + RAMP.toMillis() + 10_000;

  private static final Pattern CONCERN_LINK =
      Pattern.compile("concern\\.xhtml\\?id=([A-Za-z0-9-]+)");
  private static final Pattern FILE_LINK = Pattern.compile("file\\.xhtml\\?tenant=(\\d+)");
  private static final Pattern TENANT_LINK = Pattern.compile("tenant\\.xhtml\\?id=(\\d+)");

  /** Parts of names and addresses a coordinator types to find a tenant. */
  private static final List<String> SEARCHES =
      List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Larsen", "vej", "gade", "Al");

  private final HttpProtocolBuilder protocol =
      http.baseUrl(PORTAL)
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptLanguageHeader("da")
          .userAgentHeader("Naboskab load run (Gatling)")
          .disableCaching();

  // --- the steps every role shares -------------------------------------------------------------

  /** Keycloak's login form, then the portal's start page for this login. */
  private static ChainBuilder signIn(String username) {
    return exec(http("Log ind: formular")
            .get("/")
            .check(
                regex("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                    .transform(a -> a.replace("&amp;", "&"))
                    .saveAs("loginAction")))
        .exec(
            http("Log ind: adgangskode")
                .post("#{loginAction}")
                .formParam("username", username)
                .formParam("password", "demo")
                .formParam("credentialId", "")
                .check(
                    bodyString().saveAs("answer"),
                    currentLocation().saveAs("landed"),
                    status().is(200),
                    currentLocationRegex("/start/").exists()))
        .exec(
            session -> {
              if (session.isFailed()) {
                var answer = session.getString("answer");
                var title = Pattern.compile("<title>([^<]*)</title>").matcher(answer);
                var feedback =
                    Pattern.compile("(?s)class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>(.*?)<")
                        .matcher(answer);
                System.err.println(
                    "LOAD: "
                        + username
                        + " was not signed in: ended at "
                        + session.getString("landed")
                        + (title.find() ? " (" + title.group(1).trim() + ")" : "")
                        + (feedback.find() ? ": " + feedback.group(1).trim() : ""));
              }
              return session;
            })
        .exitHereIfFailed();
  }

  /** A page as a person opens it: 200 and still on the portal. */
  private static HttpRequestActionBuilder page(String name, String path) {
    return http(name)
        .get(path)
        .check(status().is(200), currentLocationRegex("^" + Pattern.quote(PORTAL)).exists())
        .check(
            regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .optional()
                .saveAs("viewState"),
            // The page's CSP nonce: PrimeFaces sends it back with every Ajax request.
            regex("nonce=\"([^\"]+)\"").optional().saveAs("nonce"));
  }

  /**
   * A PrimeFaces Ajax request on the page last opened: the source's id, what it processes and
   * renders, and the form's fields.
   */
  private static HttpRequestActionBuilder ajax(
      String name, String path, String form, String source, String execute, String render) {
    return http(name)
        .post(path)
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", execute)
        .formParam("jakarta.faces.partial.render", render)
        .formParam(source, source)
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{nonce}")
        .check(
            status().is(200),
            substring("<partial-response").exists(),
            // The error's or the redirect's own words, so the report says what went wrong.
            regex("<error-message><!\\[CDATA\\[(.*?)\\]\\]>").notExists(),
            regex("<redirect url=\"([^\"]*)\"").notExists());
  }

  private static String pick(Session session, String key) {
    List<String> found = session.getList(key);
    return found.get(ThreadLocalRandom.current().nextInt(found.size()));
  }

  private static String last(List<String> values) {
    return values.get(values.size() - 1);
  }

  /**
   * Signs in, then waits for the others: the work starts for everyone within the same quarter of a
   * minute (not at the same millisecond, which no office does).
   */
  private static ChainBuilder signInAndWait(String username) {
    return exec(signIn(username))
        .pause(
            s ->
                Duration.ofMillis(
                    Math.max(0, WORK_STARTS_AT - System.currentTimeMillis())
                        + ThreadLocalRandom.current().nextLong(15_000)));
  }

  private static ChainBuilder think(int minSeconds, int maxSeconds) {
    return pause(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds));
  }

  // --- the roles -------------------------------------------------------------------------------

  /** Follows the association's concerns; every third round files a new one about a tenant. */
  private static ScenarioBuilder housingStaff(String name, String username) {
    return scenario(name)
        .exec(signInAndWait(username))
        .during(RUN)
        .on(
            exec(page("Mine henvendelser", "/concern/ours.xhtml")
                    .check(regex(CONCERN_LINK.pattern()).findAll().optional().saveAs("concerns")))
                .exec(think(4, 12))
                .doIf(s -> s.contains("concerns"))
                .then(
                    exec(s -> s.set("concern", pick(s, "concerns")))
                        .exec(
                            page(
                                "Henvendelse (boligselskab)",
                                "/concern/concern.xhtml?id=#{concern}"))
                        .exec(think(8, 20)))
                .randomSwitch()
                .on(
                    percent(34.0)
                        .then(
                            exec(page("Vores borgere", "/tenancy/our-tenants.xhtml")
                                    .check(
                                        regex(FILE_LINK.pattern())
                                            .findAll()
                                            .optional()
                                            .saveAs("tenants")))
                                .exec(think(4, 10))
                                .doIf(s -> s.contains("tenants"))
                                .then(fileAConcern()))));
  }

  /** The filing form for a tenant chosen from the list, sent as the browser sends it. */
  private static ChainBuilder fileAConcern() {
    return exec(s -> s.set("tenant", pick(s, "tenants")))
        .exec(
            page("Ny henvendelse: formular", "/concern/file.xhtml?tenant=#{tenant}")
                .check(
                    regex("id=\"file:tenantId_hinput\"[^>]*value=\"([^\"]*)\"")
                        .saveAs("tenantValue"),
                    regex("id=\"file:tenantId_input\"[^>]*value=\"([^\"]*)\"")
                        .optional()
                        .saveAs("tenantLabel"),
                    regex("<option value=\"(\\d+)\"").findAll().saveAs("categories"),
                    regex("name=\"file:urgency\"[^>]*value=\"([A-Z_]+)\"")
                        .findAll()
                        .saveAs("urgencies")))
        .exec(
            s ->
                s.set("category", pick(s, "categories"))
                    // The least urgent: an acute one would also alert the unit's team each time.
                    .set("urgency", last(s.getList("urgencies")))
                    .set(
                        "tenantLabel", s.contains("tenantLabel") ? s.getString("tenantLabel") : ""))
        .exec(think(20, 45))
        .exec(
            http("Ny henvendelse: send")
                .post("/concern/file.xhtml?tenant=#{tenant}")
                .asMultipartForm()
                .formParam("file", "file")
                .formParam("file:tenantId_input", "#{tenantLabel}")
                .formParam("file:tenantId_hinput", "#{tenantValue}")
                .formParam("file:categoryId_input", "#{category}")
                .formParam("file:urgency", "#{urgency}")
                .formParam(
                    "file:description",
                    "Belastningskørsel: naboer melder om høj musik om natten i opgangen.")
                .formParam("file:happenedAt_input", "")
                .formParam("file:location", "Opgangen")
                .formParam("file:save", "file:save")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(
                    status().is(200), currentLocationRegex("/concern/concern\\.xhtml").exists()));
  }

  /** Works the inbox: opens a concern, acknowledges it when it is new, else writes a note. */
  private static ScenarioBuilder worker(String name, String username) {
    return scenario(name)
        .exec(signInAndWait(username))
        .during(RUN)
        .on(
            exec(page("Indbakke", "/concern/inbox.xhtml")
                    .check(regex(CONCERN_LINK.pattern()).findAll().optional().saveAs("concerns")))
                .exec(think(3, 10))
                .doIf(s -> s.contains("concerns"))
                .then(
                    exec(s -> s.set("concern", pick(s, "concerns")))
                        .exec(
                            page(
                                    "Henvendelse (medarbejder)",
                                    "/concern/concern.xhtml?id=#{concern}")
                                .check(
                                    substring("id=\"actions:acknowledge\"").count().saveAs("ack"),
                                    substring("id=\"actions:note\"").count().saveAs("note")))
                        .exec(think(10, 30))
                        .doIfOrElse(s -> s.getInt("ack") > 0)
                        .then(
                            exec(
                                ajax(
                                    "Kvitter for modtagelse",
                                    "/concern/concern.xhtml?id=#{concern}",
                                    "actions",
                                    "actions:acknowledge",
                                    "actions:acknowledge",
                                    "body flash")))
                        .orElse(
                            doIf(s -> s.getInt("note") > 0)
                                .then(
                                    exec(
                                        ajax(
                                                "Internt notat",
                                                "/concern/concern.xhtml?id=#{concern}",
                                                "actions",
                                                "actions:note",
                                                "actions",
                                                "body flash")
                                            .formParam(
                                                "actions:text",
                                                "Belastningskørsel: ringet til borgeren, aftalt besøg.")))))
                .exec(think(5, 15)));
  }

  /** Searches the register as she types and opens a tenant she found. */
  private static ScenarioBuilder coordinator(String name, String username) {
    return scenario(name)
        .exec(signInAndWait(username))
        .during(RUN)
        .on(
            exec(page("Borgere", "/tenancy/tenants.xhtml"))
                .exec(think(3, 8))
                .exec(
                    s ->
                        s.set(
                            "search",
                            SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
                .exec(
                    ajax(
                            "Borgere: søg",
                            "/tenancy/tenants.xhtml",
                            "list",
                            "list:text",
                            "list:text",
                            "list:tenants")
                        .formParam("jakarta.faces.behavior.event", "keyup")
                        .formParam("jakarta.faces.partial.event", "keyup")
                        .formParam("list:text", "#{search}")
                        .check(regex(TENANT_LINK.pattern()).findAll().optional().saveAs("found")))
                .exec(think(3, 10))
                .doIf(s -> s.contains("found"))
                .then(
                    exec(s -> s.set("tenant", pick(s, "found")))
                        .exec(page("Borger", "/tenancy/tenant.xhtml?id=#{tenant}"))
                        .exec(think(10, 30))));
  }

  /** Reads the figures pages, one after another, slowly. */
  private static ScenarioBuilder analyst(String name, String username) {
    return scenario(name)
        .exec(signInAndWait(username))
        .during(RUN)
        .on(
            exec(page("Svartider", "/insight/response-times.xhtml"))
                .exec(think(15, 40))
                .exec(page("Sagsbelastning", "/insight/caseload.xhtml"))
                .exec(think(15, 40))
                .exec(page("Fastholdelse", "/insight/retention.xhtml"))
                .exec(think(15, 40)));
  }

  /** The share of the users in a role, at least one each. */
  private static int share(int perTwoHundred) {
    return Math.max(1, Math.round(USERS * perTwoHundred / 200f));
  }

  private static PopulationBuilder ramp(ScenarioBuilder scenario, int users) {
    return scenario.injectOpen(rampUsers(users).during(RAMP));
  }

  {
    setUp(
            ramp(housingStaff("Boligselskab (hanne)", "hanne"), share(20)),
            ramp(housingStaff("Boligselskab (ole)", "ole"), share(20)),
            ramp(worker("Boligrådgiver (bo)", "bo"), share(50)),
            ramp(worker("SKP (sara)", "sara"), share(45)),
            ramp(worker("Hjemmevejleder (henrik)", "henrik"), share(45)),
            ramp(coordinator("Koordinator (karin)", "karin"), share(15)),
            ramp(analyst("Analytiker (anna)", "anna"), share(5)))
        .protocols(protocol)
        .maxDuration(RAMP.plus(RUN).plusSeconds(120))
        // No request may fail. The time goal (p99 < 500 ms for every kind of the portal's work,
        // the sign-in's hashing in Keycloak apart) is judged by LoadRun from the report.
        .assertions(global().failedRequests().count().is(0L));
  }
}
