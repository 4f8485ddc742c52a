package dk.kk.naboskab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries, set in one place before anything is written. Faces pages get
 * their Content-Security-Policy from PrimeFaces (it adds the per-request nonce for its scripts to
 * the policy in {@code web.xml}'s {@code primefaces.CSP_POLICY}); every other response — files, the
 * callback, health, sign-out — gets one that allows nothing to run. Nothing with personal data is
 * kept by a browser or a proxy: only the static resources may be cached.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** For responses that are not Faces pages: nothing runs, nothing frames them. */
  static final String CLOSED_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /** HSTS for a year, once the portal is reached over HTTPS. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (isStaticResource(path)) {
      response.setHeader("Cache-Control", "private, max-age=3600");
    } else {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (!isFacesPage(path)) {
      response.setHeader("Content-Security-Policy", CLOSED_POLICY);
    }
    chain.doFilter(request, response);
  }

  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  static boolean isFacesPage(String path) {
    return path.endsWith(".xhtml") || path.equals("/") || isStaticResource(path);
  }
}
