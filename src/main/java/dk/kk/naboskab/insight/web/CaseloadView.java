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
import dk.kk.naboskab.shared.web.TableDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Caseloads today: per unit and worker type, per worker (coordinators), per department; the filter
 * bar's unit narrows all three, its period, association and category the concerns per department.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Caseloads caseloads;
  @Inject CurrentUser currentUser;
  @Inject ResponseTimes responseTimes;
  @Inject CategoryChoices categoryChoices;
  @Inject Clock clock;

  private FilterBar bar;

  private List<Caseloads.TypeLoad> byType = List.of();
  private List<Caseloads.WorkerLoad> byWorker = List.of();
  private List<Caseloads.DepartmentRate> departments = List.of();
  private String goalChart;

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
      goalChart = goalChart(LanguageView.current());
    } catch (RuleViolation e) {
      Forms.error("filters", e.field(), e.messageKey(), e.arguments());
    }
  }

  /** Home support per unit: citizens in own homes per own-home position against the goal. */
  private String goalChart(Locale locale) {
    var homeSupport = byType.stream().filter(Caseloads.TypeLoad::isHomeSupport).toList();
    return Charts.barsAgainstGoal(
        homeSupport.stream().map(Caseloads.TypeLoad::unit).toList(),
        List.of(
            new Charts.Series(
                text(locale, "caseload.perOwnHomePosition"),
                homeSupport.stream().map(Caseloads.TypeLoad::perOwnHomePosition).toList())),
        Positions.TARGET,
        text(locale, "insight.chart.goal"),
        text(locale, "insight.chart.citizens"));
  }

  /** The chart of home support against the goal, for PrimeFaces' chart. */
  public String getGoalChart() {
    return goalChart;
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

  /** "nov. 2026" in the reader's language; empty for no month. */
  public String monthLabel(YearMonth month) {
    return month == null
        ? ""
        : month.format(
            java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", LanguageView.current()));
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

  /** One of the page's tables ("types", "workers", "departments") as CSV or "xlsx". */
  public void download(String table, String format) {
    var locale = LanguageView.current();
    TableDownload.send(
        switch (table) {
          case "workers" -> workersTable(locale);
          case "departments" -> departmentsTable(locale);
          default -> typesTable(locale);
        },
        format);
  }

  private TableDownload.Table typesTable(Locale locale) {
    return new TableDownload.Table(
        "sagsbelastning-enheder",
        text(locale, "caseload.byType"),
        TableDownload.headers(
            locale,
            "insight.unit",
            "caseload.type",
            "caseload.workers",
            "caseload.positions",
            "caseload.tenants",
            "caseload.perPosition",
            "caseload.ownHomePositions",
            "caseload.ownHomeCitizens",
            "caseload.perOwnHomePosition"),
        byType.stream()
            .map(
                t ->
                    TableDownload.cells(
                        t.unit(),
                        text(locale, "workerType." + t.type()),
                        t.workers(),
                        t.fte(),
                        t.tenants(),
                        t.perPosition(),
                        t.isHomeSupport() ? t.ownHomePositions() : null,
                        t.isHomeSupport() ? t.ownHomeCitizens() : null,
                        t.perOwnHomePosition()))
            .toList());
  }

  private TableDownload.Table workersTable(Locale locale) {
    return new TableDownload.Table(
        "sagsbelastning-medarbejdere",
        text(locale, "caseload.byWorker"),
        TableDownload.headers(
            locale,
            "caseload.worker",
            "insight.unit",
            "caseload.type",
            "caseload.positions",
            "caseload.tenants",
            "caseload.perPosition",
            "caseload.ownHomeShare",
            "caseload.ownHomeCitizens",
            "caseload.perOwnHomePosition",
            "caseload.counted"),
        byWorker.stream()
            .map(
                w ->
                    TableDownload.cells(
                        w.name(),
                        w.unit(),
                        text(locale, "workerType." + w.type()),
                        w.fte(),
                        w.tenants(),
                        w.perPosition(),
                        w.isHomeSupport() ? w.ownHomeShare() : null,
                        w.ownHomeCitizens(),
                        w.perOwnHomePosition(),
                        w.counted() == null ? null : w.counted().toString()))
            .toList());
  }

  private TableDownload.Table departmentsTable(Locale locale) {
    var suppressed = text(locale, "insight.suppressed");
    return new TableDownload.Table(
        "henvendelser-pr-100",
        text(locale, "caseload.departments"),
        TableDownload.headers(
            locale,
            "insight.association",
            "insight.dimension.DEPARTMENT",
            "caseload.referred",
            "caseload.concerns",
            "caseload.per100"),
        departments.stream()
            .map(
                d ->
                    TableDownload.cells(
                        d.association(),
                        d.department(),
                        d.tenants() == null ? suppressed : d.tenants(),
                        d.suppressed() ? suppressed : d.concerns(),
                        d.suppressed() ? suppressed : d.per100()))
            .toList());
  }

  private static String text(Locale locale, String key) {
    return dk.kk.naboskab.shared.Messages.text(locale, key);
  }
}
