package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.insight.application.Caseloads;
import dk.kk.naboskab.insight.application.Positions;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Caseloads today: per unit and worker type, per worker (coordinators), per department. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Caseloads caseloads;
  @Inject transient CurrentUser currentUser;

  private List<Caseloads.TypeLoad> byType;
  private List<Caseloads.WorkerLoad> byWorker;
  private List<Caseloads.DepartmentRate> departments;

  @PostConstruct
  void load() {
    byType = caseloads.byUnitAndType();
    byWorker = currentUser.hasRole(Role.COORDINATOR) ? caseloads.byWorker() : List.of();
    departments = caseloads.concernsPer100();
  }

  public boolean isNamesShown() {
    return currentUser.hasRole(Role.COORDINATOR);
  }

  public BigDecimal getTarget() {
    return Positions.TARGET;
  }

  public BigDecimal getBaseline() {
    return Positions.BASELINE;
  }

  public List<Caseloads.TypeLoad> getByType() {
    return byType;
  }

  public List<Caseloads.WorkerLoad> getByWorker() {
    return byWorker;
  }

  public List<Caseloads.DepartmentRate> getDepartments() {
    return departments;
  }
}
