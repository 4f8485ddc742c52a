package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import dk.kk.naboskab.tenancy.application.TenantRegister.AbsenceRow;
import dk.kk.naboskab.tenancy.application.TenantRegister.Choice;
import dk.kk.naboskab.tenancy.domain.Period;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The coordinators' absences: who is away, who stands in, and the form to register one. */
@Named
@ViewScoped
public class AbsencesView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "absence";

  @Inject TenancyService tenancy;
  @Inject TenantRegister register;

  private List<AbsenceRow> absences;
  private List<Choice> workers;
  private Long workerId;
  private LocalDate from;
  private LocalDate until;
  private Long substituteId;
  private Long endingId;
  private LocalDate endDay;

  @PostConstruct
  void load() {
    workers = register.workers(null);
    absences = register.currentAbsences();
  }

  public void save() {
    if (workerId == null) {
      Forms.error(FORM, "worker", "absence.worker.required", List.of());
    }
    if (from == null) {
      Forms.error(FORM, "from", "absence.from.required", List.of());
    }
    if (substituteId == null) {
      Forms.error(FORM, "substitute", "absence.substitute.required", List.of());
    }
    if (FacesContext.getCurrentInstance().isValidationFailed()) {
      return;
    }
    if (until != null && until.isBefore(from)) {
      Forms.error(FORM, "until", "absence.endsBeforeStart", List.of());
      return;
    }
    try {
      tenancy.registerAbsence(workerId, new Period(from, until), substituteId);
      workerId = null;
      from = null;
      until = null;
      substituteId = null;
      absences = register.currentAbsences();
      Forms.info("absence.saved");
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments(), Map.of("period", "from"));
    }
  }

  public void chooseEnd(AbsenceRow row) {
    endingId = row.id();
    endDay = null;
  }

  public void end() {
    if (endDay == null) {
      Forms.error("endAbsence", "until", "absence.until.required", List.of());
      return;
    }
    try {
      tenancy.endAbsence(endingId, endDay);
      endingId = null;
      absences = register.currentAbsences();
      Forms.info("absence.ended");
    } catch (RuleViolation e) {
      Forms.error("endAbsence", e.field(), e.messageKey(), e.arguments());
    }
  }

  public List<AbsenceRow> getAbsences() {
    return absences;
  }

  public List<Choice> getWorkers() {
    return workers;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public void setWorkerId(Long workerId) {
    this.workerId = workerId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public Long getSubstituteId() {
    return substituteId;
  }

  public void setSubstituteId(Long substituteId) {
    this.substituteId = substituteId;
  }

  public Long getEndingId() {
    return endingId;
  }

  public LocalDate getEndDay() {
    return endDay;
  }

  public void setEndDay(LocalDate endDay) {
    this.endDay = endDay;
  }
}
