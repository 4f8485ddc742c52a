package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.insight.application.PathwayFigures;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import dk.kk.naboskab.shared.web.TableDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * "Fra herberg til bolig": the pathway's figures for coordinators and analysts — time from intake
 * to recommendation by shelter, month or outcome; the case workers' attendance; open requests;
 * recommendation to move-in. The period is the only filter that applies (shelters belong to no unit
 * or association); each table downloads as CSV or Excel.
 */
@Named
@ViewScoped
public class PathwayFiguresView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PathwayFigures figures;
  @Inject Clock clock;

  private FilterBar bar;
  private PathwayFigures.By by = PathwayFigures.By.SHELTER;
  private List<PathwayFigures.Clarified> clarified = List.of();
  private List<PathwayFigures.Attendance> attendance = List.of();
  private List<PathwayFigures.OpenRequests> openRequests = List.of();
  private List<PathwayFigures.MoveIn> moveIn = List.of();
  private String chart;
  private String attendanceChart;
  private String requestsChart;
  private String moveInChart;

  @PostConstruct
  void init() {
    bar =
        new FilterBar(
            YearMonth.now(clock.withZone(ClockProducer.COPENHAGEN)),
            new dk.kk.naboskab.insight.application.ResponseTimes.Choices(
                List.of(), List.of(), false),
            List.of());
    show();
  }

  /** Applies the period and the grouping. */
  public void show() {
    try {
      var filter = bar.filter();
      clarified = figures.clarification(by, filter);
      attendance = figures.attendance(filter);
      openRequests = figures.openRequests();
      moveIn = figures.moveIn(filter);
      chart = chart();
      charts();
    } catch (RuleViolation e) {
      Forms.error("filters", e.field(), e.messageKey(), e.arguments());
    }
  }

  /** Median and 90th percentile days per group against the target, for the groups shown. */
  private String chart() {
    var locale = LanguageView.current();
    var shown = clarified.stream().filter(c -> !c.suppressed()).toList();
    return Charts.barsAgainstGoal(
        shown.stream().map(this::label).toList(),
        List.of(
            new Charts.Series(
                Messages.text(locale, "pathwayFigures.median"),
                shown.stream().map(PathwayFigures.Clarified::medianDays).toList()),
            new Charts.Series(
                Messages.text(locale, "pathwayFigures.p90"),
                shown.stream().map(PathwayFigures.Clarified::p90Days).toList())),
        new java.math.BigDecimal(getTargetDays()),
        Messages.text(locale, "pathwayFigures.target"),
        Messages.text(locale, "pathwayFigures.days"));
  }

  /**
   * The other tables' charts: attendance per shelter against every week's meeting, open and overdue
   * requests per shelter, and days from recommendation to move-in. Suppressed cells are not drawn.
   */
  private void charts() {
    var locale = LanguageView.current();
    attendanceChart =
        Charts.barsAgainstGoal(
            attendance.stream().map(PathwayFigures.Attendance::shelter).toList(),
            List.of(
                new Charts.Series(
                    Messages.text(locale, "pathwayFigures.attendedShare"),
                    attendance.stream().map(PathwayFigures.Attendance::percent).toList())),
            new java.math.BigDecimal(100),
            Messages.text(locale, "pathwayFigures.attendanceGoal"),
            Messages.text(locale, "pathwayFigures.percent"));
    var requests = openRequests.stream().filter(r -> !r.suppressed()).toList();
    requestsChart =
        Charts.counts(
            requests.stream().map(PathwayFigures.OpenRequests::shelter).toList(),
            List.of(
                new Charts.Series(
                    Messages.text(locale, "pathwayFigures.open"),
                    requests.stream().map(PathwayFigures.OpenRequests::open).toList()),
                new Charts.Series(
                    Messages.text(locale, "pathwayFigures.overdue"),
                    requests.stream().map(PathwayFigures.OpenRequests::overdue).toList())),
            Messages.text(locale, "pathwayFigures.requestCount"));
    var moved = moveIn.stream().filter(m -> !m.suppressed()).toList();
    moveInChart =
        Charts.bars(
            moved.stream().map(PathwayFigures.MoveIn::shelter).toList(),
            List.of(
                new Charts.Series(
                    Messages.text(locale, "pathwayFigures.median"),
                    moved.stream().map(PathwayFigures.MoveIn::medianDays).toList()),
                new Charts.Series(
                    Messages.text(locale, "pathwayFigures.p90"),
                    moved.stream().map(PathwayFigures.MoveIn::p90Days).toList())),
            Messages.text(locale, "pathwayFigures.days"));
  }

  public String getAttendanceChart() {
    return attendanceChart;
  }

  public String getRequestsChart() {
    return requestsChart;
  }

  public String getMoveInChart() {
    return moveInChart;
  }

  /** The chart of days to recommendation, for PrimeFaces' chart. */
  public String getChart() {
    return chart;
  }

  /** A group's label: a month in words, an outcome in the reader's language, a shelter's name. */
  public String label(PathwayFigures.Clarified figure) {
    var locale = LanguageView.current();
    return switch (by) {
      case MONTH -> FilterBar.monthLabel(figure.key(), locale);
      case OUTCOME -> Messages.text(locale, "outcome." + figure.key());
      case SHELTER -> figure.label();
    };
  }

  /** One table ("clarified", "attendance", "requests", "moveIn") as CSV or "xlsx". */
  public void download(String table, String format) {
    var locale = LanguageView.current();
    TableDownload.send(
        switch (table) {
          case "attendance" ->
              new TableDownload.Table(
                  "forloeb-deltagelse",
                  Messages.text(locale, "pathwayFigures.attendance"),
                  TableDownload.headers(
                      locale,
                      "stay.shelter",
                      "pathwayFigures.meetings",
                      "pathwayFigures.attended",
                      "pathwayFigures.attendedShare"),
                  attendance.stream()
                      .map(
                          a ->
                              TableDownload.cells(
                                  a.shelter(), a.meetings(), a.attended(), a.percent()))
                      .toList());
          case "requests" ->
              new TableDownload.Table(
                  "forloeb-anmodninger",
                  Messages.text(locale, "pathwayFigures.requests"),
                  TableDownload.headers(
                      locale,
                      "stay.shelter",
                      "pathwayFigures.open",
                      "pathwayFigures.overdue",
                      "pathwayFigures.medianAge"),
                  openRequests.stream()
                      .map(
                          r ->
                              TableDownload.cells(
                                  r.shelter(), r.open(), r.overdue(), r.medianAgeDays()))
                      .toList());
          case "moveIn" ->
              new TableDownload.Table(
                  "forloeb-indflytning",
                  Messages.text(locale, "pathwayFigures.moveIn"),
                  TableDownload.headers(
                      locale,
                      "stay.shelter",
                      "pathwayFigures.count",
                      "pathwayFigures.median",
                      "pathwayFigures.p90"),
                  moveIn.stream()
                      .map(
                          m ->
                              TableDownload.cells(
                                  m.shelter(), m.count(), m.medianDays(), m.p90Days()))
                      .toList());
          default ->
              new TableDownload.Table(
                  "forloeb-afklaring-" + by.name().toLowerCase(java.util.Locale.ROOT),
                  Messages.text(locale, "pathwayFigures.clarified"),
                  TableDownload.headers(
                      locale,
                      "pathwayFigures.group",
                      "pathwayFigures.count",
                      "pathwayFigures.median",
                      "pathwayFigures.p90",
                      "pathwayFigures.withinTarget",
                      "pathwayFigures.ownHome"),
                  clarified.stream()
                      .map(
                          c ->
                              TableDownload.cells(
                                  label(c),
                                  c.count(),
                                  c.medianDays(),
                                  c.p90Days(),
                                  c.withinTargetPercent(),
                                  c.ownHomePercent()))
                      .toList());
        },
        format);
  }

  /** The clarification target in days, as the lead states it. */
  public String getTargetDays() {
    return dk.kk.naboskab.shared.Setting.PATHWAY_CLARIFICATION_DAYS.value();
  }

  public PathwayFigures.By[] getGroupings() {
    return PathwayFigures.By.values();
  }

  public FilterBar getBar() {
    return bar;
  }

  public PathwayFigures.By getBy() {
    return by;
  }

  public void setBy(PathwayFigures.By by) {
    this.by = by;
  }

  public List<PathwayFigures.Clarified> getClarified() {
    return clarified;
  }

  public List<PathwayFigures.Attendance> getAttendance() {
    return attendance;
  }

  public List<PathwayFigures.OpenRequests> getOpenRequests() {
    return openRequests;
  }

  public List<PathwayFigures.MoveIn> getMoveIn() {
    return moveIn;
  }
}
