package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.shared.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves a concern's file at {@code /files/<id>} to those who may see it — always as a download,
 * with the type detected at upload, never sniffed. Anything else is 404, the same as for a file
 * that does not exist.
 */
@WebServlet("/files/*")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ConcernReading reading;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var path = request.getPathInfo();
    if (path == null || path.length() < 2) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ConcernReading.Download file;
    try {
      file = reading.download(path.substring(1));
    } catch (AccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(file.content());
  }
}
