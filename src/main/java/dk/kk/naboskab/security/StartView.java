package dk.kk.naboskab.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The portal's front door: sends each signed-in user on to their role's start page. */
@Named
@RequestScoped
public class StartView {
  @Inject CurrentUser currentUser;
  @Inject ExternalContext externalContext;

  public void forward() throws IOException {
    var startPage = currentUser.getStartPage();
    if (startPage.isPresent()) {
      externalContext.redirect(externalContext.getRequestContextPath() + startPage.get());
    } else {
      // Signed in through Keycloak, but without any portal role: nothing here is theirs.
      externalContext.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    }
  }
}
