package dk.kk.naboskab.api.web;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who calls the API: a role decides the endpoints (403 for a role that may not), the services
 * decide the rows (404 for one outside the caller's scope).
 */
@RequestScoped
class Callers {
  @Inject CurrentUser currentUser;

  void require(Role role) {
    if (!currentUser.hasRole(role)) {
      throw ApiProblem.of(403, "forbidden", "api.problem.forbidden");
    }
  }

  /** The client the caller's token was issued to; its keys and its rate are its own. */
  String client() {
    return currentUser.getApiClient().orElseGet(currentUser::getUsername);
  }
}
