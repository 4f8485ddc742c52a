package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import dk.kk.naboskab.tenancy.application.RecordConsent;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import dk.kk.naboskab.tenancy.application.TenantRegister.AssignmentRow;
import dk.kk.naboskab.tenancy.application.TenantRegister.Choice;
import dk.kk.naboskab.tenancy.application.TenantRegister.TenantDetails;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The coordinators' tenant page: details, who answers now and why, the assignments, the history,
 * and the forms that change them. Each form keeps what was typed when the change is refused.
 */
@Named
@ViewScoped
public class TenantView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenancyService tenancy;
  @Inject TenantRegister register;
  @Inject TenantDirectory directory;

  private TenantDirectory.OurTenant associationSees;
  private Consent consentState;
  private boolean consentNamesContact;
  private boolean consentSupportKind;
  private LocalDate consentGivenOn;
  private LocalDate consentExpiresOn;

  private Long id;
  private TenantDetails tenant;
  private String revealedCpr;
  private List<Choice> departments;

  private boolean editing;
  private int editVersion;
  private TenantForm form;
  private boolean conflict;

  private WorkerType assignRole;
  private Long assignWorkerId;
  private LocalDate assignFrom;
  private LocalDate assignUntil;
  private List<Choice> assignWorkers = List.of();

  private Long selectedId;
  private boolean handingOver;
  private Long handOverWorkerId;
  private LocalDate handOverFrom;
  private LocalDate endAssignmentDay;
  private List<Choice> handOverWorkers = List.of();

  private LocalDate tenancyEndDay;
  private TenancyEndReason tenancyEndReason;

  /** The page's view action: loads the tenant named in the URL, or answers 404. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null || !reload()) {
      Forms.sendError(404);
    }
  }

  private boolean reload() {
    var found = register.details(id, LanguageView.current());
    found.ifPresent(
        t -> {
          tenant = t;
          // Kept current once the coordinator has opened it; not read for every page view.
          if (associationSees != null) {
            associationSees = directory.asTheAssociationSees(id);
          }
        });
    return found.isPresent();
  }

  /** "Det ser boligselskabet": the tenant as the association sees them now, on request. */
  public void showAssociationView() {
    associationSees = directory.asTheAssociationSees(id);
  }

  /** Records the tenant's consent decision; the form keeps what was typed when it is refused. */
  public void recordConsent() {
    var command =
        new RecordConsent(
            consentState,
            consentNamesContact,
            consentSupportKind,
            consentGivenOn,
            consentExpiresOn);
    if (!Forms.validate(command, "consent")) {
      return;
    }
    if (attempt("consent", () -> tenancy.recordConsent(id, tenant.version(), command))) {
      consentState = null;
      consentNamesContact = false;
      consentSupportKind = false;
      consentGivenOn = null;
      consentExpiresOn = null;
      Forms.info("consent.recorded.done");
    }
  }

  /** Marks an SKP's support anonymous under §99, or lifts it. */
  public void markAnonymous(AssignmentRow row, boolean anonymous) {
    if (attempt("assignments", () -> tenancy.markAnonymous(row.id(), anonymous))) {
      Forms.info(anonymous ? "assignment.madeAnonymous" : "assignment.madeNamed");
    }
  }

  public TenantDirectory.OurTenant getAssociationSees() {
    return associationSees;
  }

  public Consent[] getConsentStates() {
    return Consent.values();
  }

  public Consent getConsentState() {
    return consentState;
  }

  public void setConsentState(Consent consentState) {
    this.consentState = consentState;
  }

  public boolean isConsentNamesContact() {
    return consentNamesContact;
  }

  public void setConsentNamesContact(boolean consentNamesContact) {
    this.consentNamesContact = consentNamesContact;
  }

  public boolean isConsentSupportKind() {
    return consentSupportKind;
  }

  public void setConsentSupportKind(boolean consentSupportKind) {
    this.consentSupportKind = consentSupportKind;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public void setConsentGivenOn(LocalDate consentGivenOn) {
    this.consentGivenOn = consentGivenOn;
  }

  public LocalDate getConsentExpiresOn() {
    return consentExpiresOn;
  }

  public void setConsentExpiresOn(LocalDate consentExpiresOn) {
    this.consentExpiresOn = consentExpiresOn;
  }

  public void startEditing() {
    editing = true;
    conflict = false;
    copyFromTenant();
    if (departments == null) {
      departments = register.departments();
    }
  }

  public void cancelEditing() {
    editing = false;
    conflict = false;
  }

  /** Loads what someone else saved, over what this coordinator typed, after a conflict. */
  public void takeLatest() {
    reload();
    copyFromTenant();
    conflict = false;
  }

  private void copyFromTenant() {
    editVersion = tenant.version();
    form = TenantForm.of(tenant);
  }

  public void save() {
    var edit = form.toEdit();
    if (!Forms.validate(edit, "edit")) {
      return;
    }
    if (attempt("edit", () -> tenancy.correctTenant(id, editVersion, edit))) {
      editing = false;
      Forms.info("tenant.saved");
    }
  }

  public void revealCpr() {
    revealedCpr = tenancy.cprOf(id).formatted();
  }

  public void roleChosen() {
    assignWorkerId = null;
    assignWorkers = assignRole == null ? List.of() : register.workers(assignRole);
  }

  public void assign() {
    if (assignRole == null) {
      Forms.error("assign", "role", "assignment.role.required", List.of());
    }
    if (assignWorkerId == null) {
      Forms.error("assign", "worker", "assignment.worker.required", List.of());
    }
    if (assignFrom == null) {
      Forms.error("assign", "from", "assignment.from.required", List.of());
    }
    if (FacesContext.getCurrentInstance().isValidationFailed() || !validPeriod("assign")) {
      return;
    }
    if (attempt(
        "assign",
        () ->
            tenancy.assign(id, assignWorkerId, assignRole, new Period(assignFrom, assignUntil)))) {
      assignRole = null;
      assignWorkerId = null;
      assignFrom = null;
      assignUntil = null;
      assignWorkers = List.of();
      Forms.info("assignment.saved");
    }
  }

  private boolean validPeriod(String form) {
    if (assignUntil != null && assignUntil.isBefore(assignFrom)) {
      Forms.error(form, "until", "assignment.endsBeforeStart", List.of());
      return false;
    }
    return true;
  }

  /** Opens the hand-over form under the assignment chosen. */
  public void chooseHandOver(AssignmentRow row) {
    selectedId = row.id();
    handingOver = true;
    handOverWorkerId = null;
    handOverFrom = null;
    handOverWorkers = register.workers(row.role());
  }

  /** Opens the form to end the assignment chosen. */
  public void chooseEnd(AssignmentRow row) {
    selectedId = row.id();
    handingOver = false;
    endAssignmentDay = null;
  }

  public void closeAssignmentForm() {
    selectedId = null;
  }

  public void handOver() {
    if (handOverWorkerId == null) {
      Forms.error("handover", "worker", "assignment.worker.required", List.of());
    }
    if (handOverFrom == null) {
      Forms.error("handover", "from", "assignment.from.required", List.of());
    }
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    if (attempt("handover", () -> tenancy.handOver(selectedId, handOverWorkerId, handOverFrom))) {
      selectedId = null;
      Forms.info("assignment.handedOver");
    }
  }

  public void endAssignment() {
    if (endAssignmentDay == null) {
      Forms.error("endAssignment", "until", "assignment.until.required", List.of());
      return;
    }
    if (attempt("endAssignment", () -> tenancy.endAssignment(selectedId, endAssignmentDay))) {
      selectedId = null;
      Forms.info("assignment.ended");
    }
  }

  public void endTenancy() {
    if (tenancyEndDay == null) {
      Forms.error("endTenancy", "tenancyEndDate", "tenant.endDate.required", List.of());
    }
    if (tenancyEndReason == null) {
      Forms.error("endTenancy", "reason", "tenant.endReason.required", List.of());
    }
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    if (attempt(
        "endTenancy",
        () -> tenancy.endTenancy(id, tenant.version(), tenancyEndDay, tenancyEndReason))) {
      Forms.info("tenant.tenancyEnded");
    }
  }

  /** Runs a change; reports a refusal on its field, a conflict at the top; reloads on success. */
  private boolean attempt(String form, Runnable change) {
    try {
      change.run();
      reload();
      return true;
    } catch (RuleViolation e) {
      Forms.error(form, e.field(), e.messageKey(), e.arguments(), FIELD_IDS);
    } catch (ConcurrentChange e) {
      conflict = "edit".equals(form);
      Forms.formError(form, "tenant.conflict");
    }
    return false;
  }

  /** Fields the rules name that the forms call differently. */
  private static final Map<String, String> FIELD_IDS = Map.of("period", "from");

  public boolean isHoused() {
    return tenant != null && tenant.endDate() == null;
  }

  public WorkerType[] getRoles() {
    return WorkerType.values();
  }

  public TenancyEndReason[] getEndReasons() {
    return TenancyEndReason.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TenantDetails getTenant() {
    return tenant;
  }

  public String getRevealedCpr() {
    return revealedCpr;
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public TenantForm getForm() {
    return form;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isConflict() {
    return conflict;
  }

  public WorkerType getAssignRole() {
    return assignRole;
  }

  public void setAssignRole(WorkerType assignRole) {
    this.assignRole = assignRole;
  }

  public Long getAssignWorkerId() {
    return assignWorkerId;
  }

  public void setAssignWorkerId(Long assignWorkerId) {
    this.assignWorkerId = assignWorkerId;
  }

  public LocalDate getAssignFrom() {
    return assignFrom;
  }

  public void setAssignFrom(LocalDate assignFrom) {
    this.assignFrom = assignFrom;
  }

  public LocalDate getAssignUntil() {
    return assignUntil;
  }

  public void setAssignUntil(LocalDate assignUntil) {
    this.assignUntil = assignUntil;
  }

  public List<Choice> getAssignWorkers() {
    return assignWorkers;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public boolean isHandingOver() {
    return handingOver;
  }

  public Long getHandOverWorkerId() {
    return handOverWorkerId;
  }

  public void setHandOverWorkerId(Long handOverWorkerId) {
    this.handOverWorkerId = handOverWorkerId;
  }

  public LocalDate getHandOverFrom() {
    return handOverFrom;
  }

  public void setHandOverFrom(LocalDate handOverFrom) {
    this.handOverFrom = handOverFrom;
  }

  public LocalDate getEndAssignmentDay() {
    return endAssignmentDay;
  }

  public void setEndAssignmentDay(LocalDate endAssignmentDay) {
    this.endAssignmentDay = endAssignmentDay;
  }

  public List<Choice> getHandOverWorkers() {
    return handOverWorkers;
  }

  public LocalDate getTenancyEndDay() {
    return tenancyEndDay;
  }

  public void setTenancyEndDay(LocalDate tenancyEndDay) {
    this.tenancyEndDay = tenancyEndDay;
  }

  public TenancyEndReason getTenancyEndReason() {
    return tenancyEndReason;
  }

  public void setTenancyEndReason(TenancyEndReason tenancyEndReason) {
    this.tenancyEndReason = tenancyEndReason;
  }
}
