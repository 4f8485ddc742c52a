package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.HandOvers;
import dk.kk.naboskab.pathway.application.PathwayForms;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Coordinators' "Fra herberg til egen bolig": the citizens recommended for their own home who wait
 * for a flat, and the one-step hand-over into the register.
 */
@Named
@ViewScoped
public class HandOverView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "handOver";

  @Inject HandOvers handOvers;
  @Inject TenantRegister register;

  private List<HandOvers.Waiting> waiting;
  private List<TenantRegister.Choice> departments;
  private List<TenantRegister.Choice> advisors;
  private HandOvers.Waiting chosen;
  private Long departmentId;
  private String address;
  private LocalDate moveInDate;
  private Long housingAdvisorId;
  private String consent;
  private LocalDate consentDate;

  @PostConstruct
  void load() {
    waiting = handOvers.waiting();
    departments = register.departments();
    advisors = register.housingAdvisors();
  }

  /** Opens the form for one waiting citizen. */
  public void choose(HandOvers.Waiting waiting) {
    chosen = waiting;
  }

  /** Moves the chosen citizen into the register and opens their tenant page. */
  public String save() {
    var form =
        new PathwayForms.HandOver(
            departmentId, address, moveInDate, housingAdvisorId, consent, consentDate);
    if (!Forms.validate(form, FORM)) {
      return null;
    }
    try {
      var tenant = handOvers.handOver(chosen.id(), chosen.version(), form);
      Forms.confirm("shelterHandOver.done", chosen.name());
      return "/tenancy/tenant.xhtml?faces-redirect=true&id=" + tenant;
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
      return null;
    } catch (ConcurrentChange e) {
      Forms.formError(FORM, "stay.conflict");
      waiting = handOvers.waiting();
      return null;
    }
  }

  public String[] getConsents() {
    return new String[] {"GIVEN", "REFUSED"};
  }

  public List<HandOvers.Waiting> getWaiting() {
    return waiting;
  }

  public List<TenantRegister.Choice> getDepartments() {
    return departments;
  }

  public List<TenantRegister.Choice> getAdvisors() {
    return advisors;
  }

  public HandOvers.Waiting getChosen() {
    return chosen;
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

  public LocalDate getMoveInDate() {
    return moveInDate;
  }

  public void setMoveInDate(LocalDate moveInDate) {
    this.moveInDate = moveInDate;
  }

  public Long getHousingAdvisorId() {
    return housingAdvisorId;
  }

  public void setHousingAdvisorId(Long housingAdvisorId) {
    this.housingAdvisorId = housingAdvisorId;
  }

  public String getConsent() {
    return consent;
  }

  public void setConsent(String consent) {
    this.consent = consent;
  }

  public LocalDate getConsentDate() {
    return consentDate;
  }

  public void setConsentDate(LocalDate consentDate) {
    this.consentDate = consentDate;
  }
}
