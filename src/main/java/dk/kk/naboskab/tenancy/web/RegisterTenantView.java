package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import dk.kk.naboskab.tenancy.application.TenantRegister.Choice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The coordinators' form to register a referred tenant. */
@Named
@ViewScoped
public class RegisterTenantView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "register";

  @Inject TenancyService tenancy;
  @Inject TenantRegister register;

  private List<Choice> departments;
  private final TenantForm form = new TenantForm();

  @PostConstruct
  void load() {
    departments = register.departments();
  }

  /** Registers the tenant and opens their page; on a refusal, says why on the field. */
  public String save() {
    var command = form.toRegister();
    if (!Forms.validate(command, FORM)) {
      return null;
    }
    try {
      var tenant = tenancy.registerTenant(command);
      Forms.confirm("register.done", tenant.getName());
      return "/tenancy/tenant.xhtml?faces-redirect=true&id=" + tenant.getId();
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
      return null;
    }
  }

  public TenantForm getForm() {
    return form;
  }

  public List<Choice> getDepartments() {
    return departments;
  }
}
