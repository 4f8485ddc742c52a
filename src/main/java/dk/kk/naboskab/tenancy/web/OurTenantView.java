package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import dk.kk.naboskab.tenancy.application.TenantDirectory.OurTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Housing staff's page for one referred tenant: where they live and whom to call. Another
 * association's tenant — or an id that does not exist — is answered with 403, the same for both.
 */
@Named
@ViewScoped
public class OurTenantView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantDirectory directory;

  private Long id;
  private OurTenant tenant;

  public void load() {
    if (id == null) {
      Forms.sendError(404);
      return;
    }
    try {
      tenant = directory.ourTenant(id);
    } catch (AccessDenied e) {
      Forms.sendError(403);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OurTenant getTenant() {
    return tenant;
  }
}
