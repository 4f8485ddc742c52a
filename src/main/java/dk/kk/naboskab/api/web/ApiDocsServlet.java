package dk.kk.naboskab.api.web;

import dk.kk.naboskab.shared.Setting;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/**
 * The API's page for developers, {@code /api-docs}: Swagger UI (the webjar in the WAR) reading
 * Payara's {@code /openapi}. Open without signing in — it holds no data, only the description —
 * with a policy that lets its own scripts run and its "Authorize" ask Keycloak for a token.
 */
@WebServlet(urlPatterns = {"/api-docs", "/api-docs/start.js"})
public class ApiDocsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String VERSION = swaggerUiVersion();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    if (request.getServletPath().endsWith("start.js")) {
      response.setContentType("text/javascript");
      response
          .getWriter()
          .write(
              """
              window.ui = SwaggerUIBundle({
                url: "/openapi",
                dom_id: "#swagger-ui",
                deepLinking: true,
                tryItOutEnabled: false
              });
              """);
      return;
    }
    var provider = URI.create(Setting.OIDC_PROVIDER_URI.value());
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " connect-src 'self' "
            + provider.getScheme()
            + "://"
            + provider.getRawAuthority()
            + "; frame-ancestors 'none'; form-action 'none'");
    response.setContentType("text/html");
    var ui = request.getContextPath() + "/webjars/swagger-ui/" + VERSION + "/";
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Naboskab API</title>
              <link rel="stylesheet" href="%sswagger-ui.css">
            </head>
            <body>
              <main id="swagger-ui"></main>
              <script src="%sswagger-ui-bundle.js"></script>
              <script src="%s/api-docs/start.js"></script>
            </body>
            </html>
            """
                .formatted(ui, ui, request.getContextPath()));
  }

  private static String swaggerUiVersion() {
    try (var in =
        ApiDocsServlet.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("Swagger UI's webjar is not in the WAR");
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
