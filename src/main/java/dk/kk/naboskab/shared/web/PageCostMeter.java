package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.SqlStatements;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the SQL each request sends, from before sign-in is checked to after the page is written,
 * and says so in the log when a request goes over its budget ({@link PageCost#budget()}): a query
 * per row shows up here long before anyone feels it.
 */
@WebListener
public class PageCostMeter implements ServletRequestListener {
  private static final Logger LOG = Logger.getLogger(PageCostMeter.class.getName());
  private static final String MEASURED = PageCostMeter.class.getName() + ".measured";

  private static final String STARTED = PageCostMeter.class.getName() + ".started";

  /** The REST API's operations, ids replaced by {@code {id}} (ADR 27). */
  private static final Pattern API_OPERATION =
      Pattern.compile(
          "/api/v1/(tenants|categories|urgencies|files/\\{id}"
              + "|concerns(/\\{id}(/(information|confirmation|reopening))?)?"
              + "|figures/(response-times|caseloads|retention))");

  private static final Pattern API_ID =
      Pattern.compile(
          "/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+)(?=/|$)");

  /** Pages found to exist: a timer each. Asked-for addresses that do not exist share "other". */
  private static final Set<String> PAGES = ConcurrentHashMap.newKeySet();

  @Inject Event<PageCost> costs;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    SqlStatements.start();
    event.getServletRequest().setAttribute(MEASURED, Boolean.TRUE);
    event.getServletRequest().setAttribute(STARTED, System.nanoTime());
  }

  /**
   * The name a request's time is kept under (#19): the page's path, or the API operation with its
   * ids replaced by {@code {id}}, or "other" — so that addresses made up by a scanner cannot grow
   * the number of timers without end.
   */
  static String pageOf(String path, Predicate<String> exists) {
    if (path.startsWith("/api/")) {
      var operation = API_ID.matcher(path).replaceAll("/{id}");
      return API_OPERATION.matcher(operation).matches() ? operation : "other";
    }
    if (path.equals("/") || path.equals("/callback") || PAGES.contains(path)) {
      return path;
    }
    if (path.endsWith(".xhtml") && exists.test(path)) {
      PAGES.add(path);
      return path;
    }
    return "other";
  }

  private void time(HttpServletRequest request, String path) {
    if (!(request.getAttribute(STARTED) instanceof Long started)) {
      return;
    }
    var page =
        pageOf(
            path,
            p -> {
              try {
                return request.getServletContext().getResource(p) != null;
              } catch (java.net.MalformedURLException e) {
                return false;
              }
            });
    var registry = dk.kk.naboskab.shared.Watch.registry();
    if (registry.isEmpty()) {
      return;
    }
    registry
        .get()
        .timer(
            Metadata.builder()
                .withName("naboskab.request.time")
                .withUnit(MetricUnits.SECONDS)
                .withDescription(
                    "Time from a request's arrival to its page written, by page (or API"
                        + " operation) and method")
                .build(),
            new Tag("page", page),
            new Tag("method", request.getMethod()))
        .update(Duration.ofNanos(System.nanoTime() - started));
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    if (event.getServletRequest().getAttribute(MEASURED) == null
        || !(event.getServletRequest() instanceof HttpServletRequest request)) {
      return;
    }
    try {
      var path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/jakarta.faces.resource/")) {
        return;
      }
      var cost =
          new PageCost(
              request.getMethod(),
              path,
              "partial/ajax".equals(request.getHeader("Faces-Request")),
              SqlStatements.counted(),
              SqlStatements.sent());
      if (cost.overBudget()) {
        LOG.log(
            Level.WARNING,
            "{0} sent {1} SQL statements (budget {2})",
            new Object[] {cost.kind(), cost.statements(), cost.budget()});
      }
      costs.fire(cost);
      time(request, path);
    } finally {
      SqlStatements.stop();
    }
  }
}
