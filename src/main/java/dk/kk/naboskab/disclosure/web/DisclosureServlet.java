package dk.kk.naboskab.disclosure.web;

import dk.kk.naboskab.disclosure.application.Disclosures;
import dk.kk.naboskab.shared.AccessDenied;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Hands out a tenant's disclosure at {@code /tenancy/tenant-disclosure?id=<tenant>&format=pdf} (or
 * {@code json}) to a coordinator of the tenant's unit (web.xml); anyone else, and a tenant that
 * does not exist, gets 404. Always a download, never cached.
 */
@WebServlet("/tenancy/tenant-disclosure")
public class DisclosureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Locale DANISH = Locale.forLanguageTag("da");

  @Inject transient Disclosures disclosures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var format = request.getParameter("format");
    long tenantId;
    try {
      tenantId = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!"pdf".equals(format) && !"json".equals(format)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Disclosures.Report report;
    try {
      report = disclosures.of(tenantId, DANISH);
    } catch (AccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var name = "indsigt-" + tenantId + "-" + LocalDate.now(DisclosurePdf.ZONE) + "." + format;
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if ("json".equals(format)) {
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      try (var jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
        var body = jsonb.toJson(report).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      } catch (Exception e) {
        throw new IOException("Could not write the disclosure as JSON", e);
      }
    } else {
      var body = DisclosurePdf.render(report, DANISH);
      response.setContentType("application/pdf");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
