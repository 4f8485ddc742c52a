package dk.kk.naboskab.api.web;

import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A file of a concern, as the page's {@code /files/<id>} serves it: checked, logged. */
@Path("files")
@RequestScoped
@Tag(name = "Filer", description = "Filer på henvendelsernes tidslinjer")
public class FilesResource {
  @Inject Callers callers;
  @Inject ConcernReading reading;

  @GET
  @Path("{id}")
  @Operation(operationId = "downloadFile", summary = "Hent en fil fra en henvendelses tidslinje")
  public Response download(@PathParam("id") String id) {
    callers.require(Role.HOUSING_STAFF);
    var file = reading.download(id);
    var name =
        java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
