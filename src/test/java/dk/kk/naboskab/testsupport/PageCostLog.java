package dk.kk.naboskab.testsupport;

import dk.kk.naboskab.shared.web.PageCost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Inside the portal under test: every request's {@link PageCost} as the portal fired it, handed to
 * the tests (and forgotten) at {@code /test/page-costs}: a line {@code <statements> <kind>} per
 * request, then its statements' text, each on a line of its own after a tab. The test runner's own
 * requests and this one are left out.
 */
@ApplicationScoped
public class PageCostLog {
  private static final ConcurrentLinkedQueue<PageCost> SEEN = new ConcurrentLinkedQueue<>();

  void seen(@Observes PageCost cost) {
    if (!cost.path().startsWith("/ArquillianServletRunner")
        && !cost.path().startsWith("/test/")
        && SEEN.size() < 100_000) {
      SEEN.add(cost);
    }
  }

  /** The costs seen since the last call. */
  @WebServlet("/test/page-costs")
  public static class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      var taken = new ArrayList<PageCost>();
      for (PageCost cost; (cost = SEEN.poll()) != null; ) {
        taken.add(cost);
      }
      response.setContentType("text/plain;charset=UTF-8");
      var out = response.getWriter();
      for (var cost : taken) {
        out.println(cost.statements() + " " + cost.kind());
        for (var sql : cost.sent()) {
          out.println("\t" + sql.replaceAll("\\s+", " "));
        }
      }
    }
  }
}
