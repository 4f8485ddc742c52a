package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.RegisterTenant;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import dk.kk.naboskab.tenancy.application.TenantRegister.Choice;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The coordinators' form to register a referred tenant. */
@Named
@ViewScoped
public class RegisterTenantView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "register";

  @Inject transient TenancyService tenancy;
  @Inject transient TenantRegister register;
  @Inject transient Validator validator;

  private List<Choice> departments;
  private String firstName;
  private String lastName;
  private String cpr;
  private String phone;
  private Long departmentId;
  private String address;
  private LocalDate referralDate;
  private LocalDate moveInDate;
  private SupportTrack supportTrack;
  private Consent consent;
  private LocalDate consentDate;

  @PostConstruct
  void load() {
    departments = register.departments();
  }

  /** Registers the tenant and opens their page; on a refusal, says why on the field. */
  public String save() {
    var command =
        new RegisterTenant(
            firstName,
            lastName,
            cpr,
            phone,
            departmentId,
            address,
            referralDate,
            moveInDate,
            supportTrack,
            consent,
            consentDate);
    if (!Forms.validate(validator, command, FORM)) {
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

  public List<Choice> getDepartments() {
    return departments;
  }

  public SupportTrack[] getTracks() {
    return SupportTrack.values();
  }

  public Consent[] getConsents() {
    return Consent.values();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public LocalDate getReferralDate() {
    return referralDate;
  }

  public void setReferralDate(LocalDate referralDate) {
    this.referralDate = referralDate;
  }

  public LocalDate getMoveInDate() {
    return moveInDate;
  }

  public void setMoveInDate(LocalDate moveInDate) {
    this.moveInDate = moveInDate;
  }

  public SupportTrack getSupportTrack() {
    return supportTrack;
  }

  public void setSupportTrack(SupportTrack supportTrack) {
    this.supportTrack = supportTrack;
  }

  public Consent getConsent() {
    return consent;
  }

  public void setConsent(Consent consent) {
    this.consent = consent;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public void setConsentDate(LocalDate consentDate) {
    this.consentDate = consentDate;
  }
}
