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
   * The bytes of each of a session's attributes as Java serialisation writes them, each read back
   * as the other node of a cluster would; one that cannot be written, or read back, is named with
   * the reason (a cluster could not copy it).
   */
  static java.util.Map<String, Long> weigh(HttpSession session) {
    var weights = new java.util.TreeMap<String, Long>();
    try {
      for (var name : Collections.list(session.getAttributeNames())) {
        var value = session.getAttribute(name);
        byte[] bytes;
        try {
          bytes = serialise(value);
        } catch (Exception e) {
          weights.put(name + "(NOT SERIALISABLE: " + e + ")", -1L);
          continue;
        }
        // Read back as the other node would: a proxy Weld cannot restore fails here, too.
        try {
          deserialise(bytes);
        } catch (Exception | LinkageError e) {
          weights.put(name + "(NOT RESTORABLE: " + e + ")", -1L);
          continue;
        }
        var counter = new CountingStream();
        counter.bytes = bytes.length;
        weights.put(name, counter.bytes);
      }
    } catch (IllegalStateException | java.util.ConcurrentModificationException changing) {
      // ended or in use meanwhile: weighed next time
    }
    return weights;
  }

  /**
   * Payara's own serialisation of session attributes (its HA session store's): it writes a
   * reference to an EJB as a handle the other node resolves, which plain Java serialisation cannot.
   */
  private static Object payaraIo() {
    try {
      var loader = Thread.currentThread().getContextClassLoader();
      var globals = Class.forName("org.glassfish.internal.api.Globals", true, loader);
      var locator = globals.getMethod("getDefaultHabitat").invoke(null);
      var type =
          Class.forName("com.sun.enterprise.container.common.spi.util.JavaEEIOUtils", true, loader);
      return locator
          .getClass()
          .getMethod("getService", Class.class, java.lang.annotation.Annotation[].class)
          .invoke(locator, type, new java.lang.annotation.Annotation[0]);
    } catch (ReflectiveOperationException | RuntimeException notPayara) {
      throw new IllegalStateException("Payara's JavaEEIOUtils not found: " + notPayara, notPayara);
    }
  }

  private static byte[] serialise(Object value) throws Exception {
    var io = payaraIo();
    try {
      return (byte[])
          io.getClass()
              .getMethod("serializeObject", Object.class, boolean.class)
              .invoke(io, value, true);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Object deserialise(byte[] bytes) throws Exception {
    var io = payaraIo();
    try {
      return io.getClass()
          .getMethod("deserializeObject", byte[].class, boolean.class, ClassLoader.class)
          .invoke(io, bytes, true, Thread.currentThread().getContextClassLoader());
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
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
