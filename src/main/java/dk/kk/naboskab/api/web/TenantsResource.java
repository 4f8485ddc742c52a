package dk.kk.naboskab.api.web;

import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An association's referred tenants, housed today — {@code tenancy}'s one rule, as on the pages'
 * *Boliganviste beboere*; each tenant listed is an export in the read log.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beboere", description = "Boligselskabets boliganviste beboere")
public class TenantsResource {
  @Inject Callers callers;
  @Inject TenantDirectory directory;

  /**
   * A referred tenant as the association may see them; the contact person only under a consent that
   * names them, else the unit's team and its phone.
   */
  @Schema(name = "Tenant")
  public record Tenant(
      long id,
      String name,
      String address,
      String department,
      String contactName,
      String contactPhone) {}

  @GET
  @Operation(
      operationId = "listTenants",
      summary = "Boligselskabets boliganviste beboere, alfabetisk, side for side")
  public Paging.Page<Tenant> list(
      @Parameter(description = "Siden, fra 0") @QueryParam("page") Integer page,
      @Parameter(description = "Højst 100 pr. side; 25 uden") @QueryParam("size") Integer size) {
    callers.require(Role.HOUSING_STAFF);
    var checkedSize = Paging.checkedSize(size);
    var items =
        directory.exportOurTenants(Paging.first(page, size), checkedSize).stream()
            .map(
                t ->
                    new Tenant(
                        t.id(),
                        t.name(),
                        t.address(),
                        t.department(),
                        t.contactName(),
                        t.contactPhone()))
            .toList();
    return new Paging.Page<>(
        items, Paging.checkedPage(page), checkedSize, directory.countOurTenants());
  }
}
