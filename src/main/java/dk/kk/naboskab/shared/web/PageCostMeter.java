package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.SqlStatements;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the SQL each request sends, from before sign-in is checked to after the page is written,
 * and says so in the log when a request goes over its budget ({@link PageCost#budget()}): a query
 * per row shows up here long before anyone feels it.
 */
@WebListener
public class PageCostMeter implements ServletRequestListener {
  private static final Logger LOG = Logger.getLogger(PageCostMeter.class.getName());
  private static final String MEASURED = PageCostMeter.class.getName() + ".measured";

  @Inject Event<PageCost> costs;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    SqlStatements.start();
    event.getServletRequest().setAttribute(MEASURED, Boolean.TRUE);
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
    } finally {
      SqlStatements.stop();
    }
  }
}
