package dk.kk.naboskab.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back. The OpenID mechanism has already exchanged the code and
 * signed the user in when the request arrives here; the front door then sends them to their role's
 * start page. A reload or a bookmarked callback ends there too, instead of at a 404.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }
}
