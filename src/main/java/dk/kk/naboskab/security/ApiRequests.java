package dk.kk.naboskab.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a request to the REST API signs in (ADR 27): with a bearer token from Keycloak on every
 * request, checked by MicroProfile JWT, and never a session. A request without a token, or with one
 * that does not hold, is answered here with a problem document (RFC 9457) and {@code
 * WWW-Authenticate: Bearer}, not with the pages' sign-in redirect.
 */
@dk.kk.naboskab.shared.Published("audit: whether a request is the API's, which has no session")
public final class ApiRequests {
  /** Where the API lives, under the portal's context path. */
  public static final String PATH = "/api/";

  private ApiRequests() {}

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + PATH);
  }

  static AuthenticationStatus authenticate(
      HttpAuthenticationMechanism bearer,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws AuthenticationException {
    if (!context.isProtected()) {
      return context.doNothing();
    }
    var header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      unauthorized(response, "api.problem.noToken", "invalid_request");
      return AuthenticationStatus.SEND_FAILURE;
    }
    // The JWT mechanism answers a token that does not hold with sendError(401), which would show
    // the pages' error page: its answer is written as a problem document instead.
    var info = context.getMessageInfo();
    var original = info.getResponseMessage();
    info.setResponseMessage(new ProblemOnError(response));
    try {
      return bearer.validateRequest(request, response, context);
    } finally {
      info.setResponseMessage(original);
    }
  }

  private static void unauthorized(HttpServletResponse response, String key, String error) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"naboskab\", error=\"" + error + "\"");
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      var body =
          Json.createObjectBuilder()
              .add("type", "about:blank")
              .add("title", text(key))
              .add("status", HttpServletResponse.SC_UNAUTHORIZED)
              .build()
              .toString();
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing to tell it.
    }
  }

  private static String text(String key) {
    return dk.kk.naboskab.shared.Messages.text(java.util.Locale.forLanguageTag("da"), key);
  }

  /** Turns the mechanism's {@code sendError(401)} into the problem document. */
  private static final class ProblemOnError extends HttpServletResponseWrapper {
    ProblemOnError(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (status == SC_UNAUTHORIZED) {
        unauthorized((HttpServletResponse) getResponse(), "api.problem.badToken", "invalid_token");
      } else {
        super.sendError(status, message);
      }
    }
  }
}
