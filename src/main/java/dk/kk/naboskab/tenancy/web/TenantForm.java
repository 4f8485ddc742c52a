package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.tenancy.application.EditTenant;
import dk.kk.naboskab.tenancy.application.RegisterTenant;
import dk.kk.naboskab.tenancy.application.TenantRegister.TenantDetails;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a coordinator types about a tenant, on the registration page and the tenant page alike
 * ({@code WEB-INF/includes/tenant-fields.xhtml}): one typed object the page binds to, turned into
 * the service's command when saved. Nothing typed is lost on a refusal: the page keeps the form.
 */
public class TenantForm implements Serializable {
  private static final long serialVersionUID = 1L;

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

  /** The tenant as registered, to correct. */
  public static TenantForm of(TenantDetails tenant) {
    var form = new TenantForm();
    form.firstName = tenant.firstName();
    form.lastName = tenant.lastName();
    form.phone = tenant.phone();
    form.departmentId = tenant.departmentId();
    form.address = tenant.address();
    form.referralDate = tenant.referralDate();
    form.moveInDate = tenant.moveInDate();
    form.supportTrack = tenant.supportTrack();
    form.consent = tenant.consent();
    form.consentDate = tenant.consentDate();
    return form;
  }

  public RegisterTenant toRegister() {
    return new RegisterTenant(
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
  }

  /** A correction: everything but the CPR number, which is never changed. */
  public EditTenant toEdit() {
    return new EditTenant(
        firstName,
        lastName,
        phone,
        departmentId,
        address,
        referralDate,
        moveInDate,
        supportTrack,
        consent,
        consentDate);
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
