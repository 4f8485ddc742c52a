package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.tenancy.application.TenantDirectory;
import dk.kk.naboskab.tenancy.application.TenantDirectory.MyTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A worker's "Mine borgere": the tenants they support today, and their caseload. */
@Named
@ViewScoped
public class MyTenantsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantDirectory directory;

  private List<MyTenant> tenants;
  private boolean registered;

  @PostConstruct
  void load() {
    registered = directory.isRegisteredWorker();
    tenants = directory.myTenants();
  }

  /** False for a worker Keycloak knows but the register does not: the page says so. */
  public boolean isRegistered() {
    return registered;
  }

  public List<MyTenant> getTenants() {
    return tenants;
  }

  /** The caseload: tenants supported today. */
  public int getCaseload() {
    return tenants.size();
  }
}
