package dk.kk.naboskab.testsupport;

import static java.util.Map.entry;

import dk.kk.naboskab.shared.web.PageCost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each page and action may cost the database, and the check that holds every request a journey
 * makes to it — like Django's {@code assertNumQueries}, for the whole suite: a change that adds a
 * query per row fails the journey that shows the rows, naming the statements. The costs come from
 * the portal under test ({@link PageCostLog}, counted by {@code MeteredDataSource}).
 */
public final class PageBudgets {
  /**
   * The budget of every request the journeys make, in SQL round trips — a page view is held to
   * {@link PageCost#BUDGET}; an AJAX action that writes gets what its writes cost on top of the
   * page it shows again, and says what they are. A request missing here fails: a new page gets a
   * budget when it gets a journey. (A request that sent nothing — a probe answered "not found", a
   * static file — needs no line.)
   */
  static final Map<String, Integer> BUDGET =
      Map.ofEntries(
          // Signing in and out, start pages, errors.
          entry("GET /", 0),
          entry("GET /index.xhtml", 0),
          entry("GET /callback", 6),
          entry("GET /signed-out.xhtml", 3),
          entry("GET /accessibility.xhtml", 3),
          entry("GET /start/*", 3),
          entry("POST /start/*", 3),
          // The pathway's start pages list the open documentation requests: who the reader is
          // (the shelter, or the case worker and their shelters), then one query.
          entry("GET /start/shelter-staff.xhtml", 6),
          entry("GET /start/case-worker.xhtml", 6),
          entry("GET /error/not-found.xhtml", 3),
          entry("GET /error/forbidden.xhtml", 3),
          entry("GET /error/failure.xhtml", 3),
          entry("GET /error/expired.xhtml", 3),
          entry("GET /error/sign-in.xhtml", 3),
          entry("GET /error/sign-in-unavailable.xhtml", 3),
          entry("GET /health", 3),
          entry("GET /health/ready", 3),
          entry("GET /notifications.xhtml", PageCost.BUDGET),
          entry("POST /notifications.xhtml", PageCost.BUDGET),
          // Housing staff.
          entry("GET /tenancy/our-tenants.xhtml", PageCost.BUDGET),
          // The list's download: per 500 tenants the page's queries and one batch of read-log
          // rows, in one transaction.
          entry("POST /tenancy/our-tenants.xhtml", 20),
          entry("GET /tenancy/our-tenant.xhtml", PageCost.BUDGET),
          entry("GET /concern/file.xhtml", PageCost.BUDGET),
          // Filing writes the concern, its events, the files, a notice and a mail in one
          // transaction (three statements of its own), after finding who answers.
          entry("AJAX /concern/file.xhtml", 18),
          entry("GET /concern/ours.xhtml", PageCost.BUDGET),
          entry("GET /files/*", PageCost.BUDGET),
          // Workers and coordinators.
          entry("GET /concern/inbox.xhtml", PageCost.BUDGET),
          // Taking a concern writes it and its event, then shows the queues again.
          entry("AJAX /concern/inbox.xhtml", 13),
          entry("POST /concern/inbox.xhtml", PageCost.BUDGET),
          entry("GET /concern/concern.xhtml", PageCost.BUDGET),
          // A step writes the concern, its event, a notice and a mail, then shows the page again —
          // a read of the tenant's data, so a row of the read log (ADR 22).
          entry("AJAX /concern/concern.xhtml", 17),
          entry("POST /concern/concern.xhtml", PageCost.BUDGET),
          entry("GET /tenancy/my-tenants.xhtml", PageCost.BUDGET),
          entry("GET /tenancy/tenants.xhtml", PageCost.BUDGET),
          entry("AJAX /tenancy/tenants.xhtml", PageCost.BUDGET),
          entry("GET /tenancy/tenant.xhtml", PageCost.BUDGET),
          // A change writes the tenant or an assignment and its history (a consent decision: its
          // record and the tenant), then shows the page again — a read, so a row of the read log
          // (ADR 22) — and, when the coordinator has it open, "Det ser boligselskabet" (ADR 24).
          entry("AJAX /tenancy/tenant.xhtml", 25),
          entry("POST /tenancy/tenant.xhtml", PageCost.BUDGET),
          entry("GET /tenancy/register.xhtml", PageCost.BUDGET),
          entry("AJAX /tenancy/register.xhtml", PageCost.BUDGET),
          entry("GET /tenancy/absences.xhtml", PageCost.BUDGET),
          entry("AJAX /tenancy/absences.xhtml", PageCost.BUDGET),
          // A save or an import stores in one statement whatever the number of workers and months.
          entry("GET /tenancy/citizen-counts.xhtml", PageCost.BUDGET),
          entry("AJAX /tenancy/citizen-counts.xhtml", PageCost.BUDGET),
          // Figures.
          entry("GET /insight/response-times.xhtml", PageCost.BUDGET),
          entry("AJAX /insight/response-times.xhtml", PageCost.BUDGET),
          entry("POST /insight/response-times.xhtml", PageCost.BUDGET),
          entry("GET /insight/caseload.xhtml", PageCost.BUDGET),
          entry("AJAX /insight/caseload.xhtml", PageCost.BUDGET),
          entry("POST /insight/caseload.xhtml", PageCost.BUDGET),
          entry("GET /insight/positions.xhtml", PageCost.BUDGET),
          entry("POST /insight/positions.xhtml", PageCost.BUDGET),
          entry("GET /insight/retention.xhtml", PageCost.BUDGET),
          entry("POST /insight/retention.xhtml", PageCost.BUDGET),
          entry("GET /insight/pathway.xhtml", PageCost.BUDGET),
          entry("AJAX /insight/pathway.xhtml", PageCost.BUDGET),
          entry("POST /insight/pathway.xhtml", PageCost.BUDGET),
          // The shelter pathway: the residents, an intake, a resident's page (a read, so a row
          // of the read log); an observation or a request writes one row and shows the page again.
          entry("GET /pathway/stays.xhtml", PageCost.BUDGET),
          entry("AJAX /pathway/stays.xhtml", PageCost.BUDGET),
          entry("GET /pathway/intake.xhtml", PageCost.BUDGET),
          entry("AJAX /pathway/intake.xhtml", PageCost.BUDGET),
          entry("GET /pathway/stay.xhtml", PageCost.BUDGET),
          entry("AJAX /pathway/stay.xhtml", 16),
          // The hand-over registers the tenant (its record, consent, history, assignment) and
          // ends the stay in one transaction.
          entry("GET /pathway/hand-over.xhtml", PageCost.BUDGET),
          // The review's first view of a week makes its agenda (one insert). A save reads the
          // meeting, its items and residents once and writes each row that changed: one statement
          // per resident written about, on top of the page shown again.
          entry("GET /pathway/review.xhtml", PageCost.BUDGET),
          entry("AJAX /pathway/review.xhtml", 25),
          entry("AJAX /pathway/hand-over.xhtml", 25),
          // Administration.
          entry("GET /admin/clock.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/clock.xhtml", PageCost.BUDGET),
          // The read log's page; its check seals what waits, then walks the whole chain: a few
          // statements per 5 000 seals, whatever the page shows.
          entry("GET /admin/read-log.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/read-log.xhtml", 20),
          // A tenant's disclosure: the register, each concern with its timeline and files, the read
          // log — a rare download, not a page; its cost grows with the tenant's concerns.
          entry("GET /tenancy/tenant-disclosure", 30),
          // Retention's dry run counts each kind (one query a kind); a run changes them all.
          entry("GET /admin/erasure.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/erasure.xhtml", 30),
          entry("GET /admin/mail.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/mail.xhtml", PageCost.BUDGET),
          entry("GET /admin/webhooks.xhtml", PageCost.BUDGET),
          // The REST API (#18): a call pays the rate limit's one statement on top of its service's
          // (a refused one two: it reads how long to wait; a client's first call three, four when
          // another first call created the bucket between its statements — ApiIT races them).
          entry("GET /api/v1/categories", 4),
          entry("GET /api/v1/urgencies", 4),
          entry("GET /api/v1/tenants", PageCost.BUDGET),
          entry("GET /api/v1/concerns", PageCost.BUDGET),
          entry("GET /api/v1/concerns/{id}", PageCost.BUDGET),
          entry("GET /api/v1/files/{id}", PageCost.BUDGET),
          entry("GET /api/v1/figures/response-times", PageCost.BUDGET),
          entry("GET /api/v1/figures/caseloads", PageCost.BUDGET),
          entry("GET /api/v1/figures/retention", PageCost.BUDGET),
          // Filing writes the key, the concern, its events and the notifications and mails.
          entry("POST /api/v1/concerns", 20),
          // A step: lock, events, notification, mail, and the concern read back.
          entry("POST /api/v1/concerns/{id}/information", 22),
          entry("POST /api/v1/concerns/{id}/confirmation", 22),
          entry("POST /api/v1/concerns/{id}/reopening", 22),
          entry("AJAX /admin/webhooks.xhtml", PageCost.BUDGET),
          entry("GET /admin/organisation.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/organisation.xhtml", PageCost.BUDGET),
          entry("GET /admin/categories.xhtml", PageCost.BUDGET),
          entry("AJAX /admin/categories.xhtml", PageCost.BUDGET));

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private PageBudgets() {}

  /** A request's cost: {@code kind} is e.g. {@code GET /concern/inbox.xhtml}. */
  public record Cost(String kind, int statements, List<String> sent) {
    /**
     * What the request's own work sent: the pool's check of a connection ({@link
     * PageCost#VALIDATION}, at most once a minute) falls on whichever request comes then.
     */
    int pageStatements() {
      return statements - (int) sent.stream().filter(PageCost.VALIDATION::equals).count();
    }

    /** The table's key: a file's address stands for every file, a start page for all. */
    String budgetKey() {
      return kind.replaceFirst("^GET /files/.*", "GET /files/*")
          .replaceAll("/api/v1/(concerns|files)/[0-9a-f-]{36}", "/api/v1/$1/{id}")
          .replaceFirst("^(GET|POST) /start/(?!shelter-staff|case-worker).*", "$1 /start/*");
    }
  }

  /**
   * Fails when a request since the last call cost more than its budget, or has none; the message
   * names the request, its budget and the statements it sent. Every cost is also appended to {@code
   * target/page-costs.txt} under the test's name, for the report.
   */
  public static void check(String test) {
    var costs = taken();
    record(test, costs);
    check(test, costs);
  }

  /** {@link #check(String)} of costs at hand. */
  static void check(String test, List<Cost> costs) {
    var over = new StringBuilder();
    for (var cost : costs) {
      var budget = BUDGET.get(cost.budgetKey());
      if (cost.pageStatements() > (budget == null ? 0 : budget)) {
        over.append(
            "%n%s sent %d SQL statements, budget %s:%n  %s"
                .formatted(
                    cost.kind(),
                    cost.statements(),
                    budget == null ? "none (add one to PageBudgets.BUDGET)" : budget,
                    String.join("\n  ", cost.sent())));
      }
    }
    if (!over.isEmpty()) {
      throw new AssertionError(test + ": a request over its SQL budget" + over);
    }
  }

  /**
   * What a signed-in person's session may weigh, serialised: the view-scoped beans of the last
   * views Faces keeps ({@code com.sun.faces.numberOfActiveViewMaps} in {@code web.xml}), the
   * language and pending uploads. Above it, 200 users cost the heap more than the pages do — and a
   * cluster copies every byte.
   */
  static final long SESSION_LIMIT_BYTES = 256 * 1024;

  /**
   * Fails when a live session weighs more than {@link #SESSION_LIMIT_BYTES}; every weight is
   * appended to {@code target/session-weights.txt} under the test's name.
   */
  public static void checkSessions(String test) {
    var heaviest = 0L;
    var lines = new ArrayList<String>();
    for (var line : get("/test/session-weights").lines().filter(l -> !l.isBlank()).toList()) {
      var bytes = Long.parseLong(line.substring(0, line.indexOf(' ')));
      heaviest = Math.max(heaviest, bytes);
      lines.add(line.replaceFirst(" ", "\t") + "\t" + test);
    }
    append("session-weights.txt", lines);
    var uncopyable =
        lines.stream()
            .filter(l -> l.contains("NOT SERIALISABLE") || l.contains("NOT RESTORABLE"))
            .toList();
    if (!uncopyable.isEmpty()) {
      // The other node of a cluster could not take the session over (#19, ADR 28).
      throw new AssertionError(
          "%s: a session holds what a cluster could not copy:%n%s"
              .formatted(test, String.join("\n", uncopyable)));
    }
    if (heaviest > SESSION_LIMIT_BYTES) {
      throw new AssertionError(
          "%s: a session weighs %d bytes, more than %d:%n%s"
              .formatted(test, heaviest, SESSION_LIMIT_BYTES, String.join("\n", lines)));
    }
  }

  private static String get(String path) {
    try {
      var response =
          HTTP.send(
              HttpRequest.newBuilder(ApiClient.portal().resolve(path.substring(1))).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        // A guard that cannot read the costs must not pass as if there were none.
        throw new AssertionError(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The costs the portal counted since the last call. */
  static List<Cost> taken() {
    var body = get("/test/page-costs");
    var costs = new ArrayList<Cost>();
    String kind = null;
    int statements = 0;
    var sent = new ArrayList<String>();
    for (var line : body.lines().toList()) {
      if (line.startsWith("\t")) {
        sent.add(line.substring(1));
        continue;
      }
      if (kind != null) {
        costs.add(new Cost(kind, statements, List.copyOf(sent)));
      }
      var space = line.indexOf(' ');
      statements = Integer.parseInt(line.substring(0, space));
      kind = line.substring(space + 1);
      sent.clear();
    }
    if (kind != null) {
      costs.add(new Cost(kind, statements, List.copyOf(sent)));
    }
    return costs;
  }

  private static void record(String test, List<Cost> costs) {
    append(
        "page-costs.txt",
        costs.stream().map(c -> c.statements() + "\t" + c.kind() + "\t" + test).toList());
  }

  private static void append(String file, List<String> lines) {
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(
          Path.of("target", file), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
