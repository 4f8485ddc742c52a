package dk.kk.naboskab.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs the user out of the portal and, through the OpenID mechanism's provider notification, out
 * of Keycloak too. A Faces action: the form carries the page's view state, which another site
 * cannot forge, so nobody can be signed out by a link or a form elsewhere.
 */
@Named
@RequestScoped
public class SignOut {

  public void signOut() throws ServletException, IOException {
    var faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    request.logout();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/signed-out.xhtml");
    }
    faces.responseComplete();
  }
}
