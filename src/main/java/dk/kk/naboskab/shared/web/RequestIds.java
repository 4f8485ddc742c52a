package dk.kk.naboskab.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's id, carried through its log lines (#19): the balancer's {@code X-Request-Id} when
 * it sends a well-formed one, else a new one; echoed in the answer's {@code X-Request-Id}. While
 * the request is served, the serving thread's name ends in {@code req=<id>}, so every line logged
 * on its behalf — the sign-in's, a service's, Payara's own — names it (the JSON log's {@code
 * ThreadName}), and the balancer's access log and the nodes' logs join on it. Entered by the
 * authentication mechanism (the first of the portal's code a request meets) and by {@link
 * RequestIdFilter}, whichever comes first; the filter restores the name.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = RequestIds.class.getName();
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final Pattern SUFFIX = Pattern.compile(" req=\\S+$");

  private RequestIds() {}

  /** The request's id, given to it and to the serving thread's name on the first call. */
  public static String enter(HttpServletRequest request, HttpServletResponse response) {
    var id = (String) request.getAttribute(ATTRIBUTE);
    if (id == null) {
      var sent = request.getHeader(HEADER);
      id =
          sent != null && WELL_FORMED.matcher(sent).matches()
              ? sent
              : UUID.randomUUID().toString().replace("-", "");
      request.setAttribute(ATTRIBUTE, id);
      if (!response.isCommitted()) {
        response.setHeader(HEADER, id);
      }
    }
    var thread = Thread.currentThread();
    thread.setName(base(thread.getName()) + " req=" + id);
    return id;
  }

  /** The serving thread's own name again, once the request is answered. */
  public static void leave() {
    var thread = Thread.currentThread();
    thread.setName(base(thread.getName()));
  }

  static String base(String threadName) {
    return SUFFIX.matcher(threadName).replaceFirst("");
  }
}
