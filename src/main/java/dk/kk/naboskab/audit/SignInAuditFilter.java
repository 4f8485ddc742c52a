package dk.kk.naboskab.audit;

import dk.kk.naboskab.security.ApiRequests;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs each sign-in once: on the first authenticated request of a session. A public authority must
 * be able to say who used the portal when.
 */
@WebFilter(urlPatterns = "/*")
public class SignInAuditFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String LOGGED = SignInAuditFilter.class.getName() + ".logged";

  @Inject AuditLog auditLog;
  @Inject CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // A machine caller of the API has no session and no sign-in: each of its reads is logged.
    if (request.getUserPrincipal() != null && !ApiRequests.isApi(request)) {
      var session = request.getSession();
      if (session.getAttribute(LOGGED) == null) {
        session.setAttribute(LOGGED, Boolean.TRUE);
        auditLog.record(
            currentUser.getUsername(),
            currentUser.getRole().map(Role::roleName).orElse(null),
            AuditEvent.Action.SIGN_IN,
            currentUser.getAssociation().or(currentUser::getUnit).orElse(null));
      }
    }
    chain.doFilter(request, response);
  }
}
