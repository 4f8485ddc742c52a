package dk.kk.naboskab.testsupport;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inside the portal under test: what each live session weighs, serialised as a cluster would copy
 * it — at {@code /test/session-weights}, one {@code <bytes> <attributes>} line per session,
 * heaviest first. The journeys report and bound it ({@link PageBudgets#checkSessions}).
 */
@WebListener
public class SessionWeights implements HttpSessionListener {
  private static final Set<HttpSession> LIVE = Collections.newSetFromMap(new ConcurrentHashMap<>());

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    LIVE.add(event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    LIVE.remove(event.getSession());
  }

  /**
   * The bytes of each of a session's attributes as Java serialisation writes them; one that cannot
   * be serialised is named with its class (a cluster could not copy it).
   */
  static java.util.Map<String, Long> weigh(HttpSession session) {
    var weights = new java.util.TreeMap<String, Long>();
    try {
      for (var name : Collections.list(session.getAttributeNames())) {
        var value = session.getAttribute(name);
        var counter = new CountingStream();
        try (var out = new ObjectOutputStream(counter)) {
          out.writeObject(value);
        } catch (IOException e) {
          weights.put(name + "(NOT SERIALISABLE: " + e.getMessage() + ")", -1L);
          continue;
        }
        weights.put(name, counter.bytes);
      }
    } catch (IllegalStateException | java.util.ConcurrentModificationException changing) {
      // ended or in use meanwhile: weighed next time
    }
    return weights;
  }

  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** The weights of the live sessions. */
  @WebServlet("/test/session-weights")
  public static class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain;charset=UTF-8");
      var out = response.getWriter();
      for (var session : LIVE) {
        var weights = weigh(session);
        var total = weights.values().stream().mapToLong(w -> Math.max(0, w)).sum();
        var parts = new StringBuilder();
        weights.forEach((name, bytes) -> parts.append(name).append('=').append(bytes).append(' '));
        out.println(total + " " + parts.toString().trim());
      }
    }
  }
}
