package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.concern.application.CategoryChoices;
import dk.kk.naboskab.insight.application.Caseloads;
import dk.kk.naboskab.insight.application.Positions;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Caseloads today: per unit and worker type, per worker (coordinators), per department; the filter
 * bar's unit narrows all three, its period, association and category the concerns per department.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Caseloads caseloads;
  @Inject transient CurrentUser currentUser;
  @Inject transient ResponseTimes responseTimes;
  @Inject transient CategoryChoices categoryChoices;
  @Inject transient Clock clock;

  private FilterBar bar;

  private List<Caseloads.TypeLoad> byType = List.of();
  private List<Caseloads.WorkerLoad> byWorker = List.of();
  private List<Caseloads.DepartmentRate> departments = List.of();

  @PostConstruct
  void init() {
    bar =
        new FilterBar(
            YearMonth.now(clock.withZone(ClockProducer.COPENHAGEN)),
            responseTimes.choices(),
            categoryChoices.active(LanguageView.current()));
    show();
  }

  /** Applies the filter bar. */
  public void show() {
    try {
      var filter = bar.filter();
      byType = caseloads.byUnitAndType(filter);
      byWorker = currentUser.hasRole(Role.COORDINATOR) ? caseloads.byWorker(filter) : List.of();
      departments = caseloads.concernsPer100(filter);
    } catch (RuleViolation e) {
      Forms.error("filters", e.field(), e.messageKey(), e.arguments());
    }
  }

  public FilterBar getBar() {
    return bar;
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
