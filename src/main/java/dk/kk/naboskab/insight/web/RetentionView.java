package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.insight.application.Filter;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.insight.application.Retentions;
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
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Retention: referred in which years, of which unit and association, grouped how. */
@Named
@ViewScoped
public class RetentionView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Retentions retentions;
  @Inject ResponseTimes responseTimes;
  @Inject Clock clock;

  private Integer fromYear;
  private Integer toYear;
  private FilterBar bar;
  private Retentions.By by = Retentions.By.TRACK;
  private List<Retentions.Retention> rows = List.of();
  private String curves;

  @PostConstruct
  void init() {
    toYear = Year.now(clock.withZone(ClockProducer.COPENHAGEN)).getValue();
    fromYear = toYear - 3;
    // The bar's unit and association; the period here is whole years of referral.
    bar =
        new FilterBar(
            YearMonth.now(clock.withZone(ClockProducer.COPENHAGEN)),
            responseTimes.choices(),
            List.of());
    show();
  }

  public void show() {
    try {
      rows =
          retentions.retention(
              by,
              new Filter(
                  fromYear == null ? null : YearMonth.of(fromYear, 1),
                  toYear == null ? null : YearMonth.of(toYear, 12),
                  bar.getUnitId(),
                  bar.getAssociationId(),
                  null));
      curves = curves(dk.kk.naboskab.shared.web.LanguageView.current());
    } catch (RuleViolation e) {
      rows = List.of();
      Forms.error("filters", e.field(), e.messageKey(), e.arguments());
    }
  }

  /** Each group's share still housed at 6, 12 and 24 months: a curve per group. */
  private String curves(java.util.Locale locale) {
    var shown = rows.stream().filter(r -> !r.suppressed()).toList();
    return Charts.lines(
        List.of(
            dk.kk.naboskab.shared.Messages.text(locale, "retention.after6"),
            dk.kk.naboskab.shared.Messages.text(locale, "retention.after12"),
            dk.kk.naboskab.shared.Messages.text(locale, "retention.after24")),
        shown.stream()
            .map(
                r ->
                    new Charts.Series(
                        groupLabel(r, locale),
                        java.util.Arrays.asList(
                            percent(r.sixMonths()),
                            percent(r.twelveMonths()),
                            percent(r.twentyFourMonths()))))
            .toList(),
        dk.kk.naboskab.shared.Messages.text(locale, "retention.chart.percent"),
        100);
  }

  /** A mark's share, none when the mark is hidden (an analyst's, resting on one to four). */
  private static Double percent(Retentions.Mark mark) {
    return mark == null ? null : mark.percent();
  }

  private static Object percent(Retentions.Mark mark, String suppressed) {
    return mark == null ? suppressed : mark.percent();
  }

  /** The retention curves, for PrimeFaces' chart. */
  public String getCurves() {
    return curves;
  }

  public List<Integer> getYears() {
    var years = new ArrayList<Integer>();
    var year = Year.now(clock.withZone(ClockProducer.COPENHAGEN)).getValue();
    for (var i = 0; i < 10; i++) {
      years.add(year - i);
    }
    return years;
  }

  public Retentions.By[] getGroupings() {
    return Retentions.By.values();
  }

  /** The table as CSV or "xlsx". */
  public void download(String format) {
    var locale = LanguageView.current();
    var suppressed = Messages.text(locale, "insight.suppressed");
    TableDownload.send(
        new TableDownload.Table(
            "fastholdelse",
            Messages.text(locale, "retention.title"),
            TableDownload.headers(
                locale,
                "insight.group",
                "retention.referred",
                "retention.after6",
                "retention.after12",
                "retention.after24",
                "retention.evicted"),
            rows.stream()
                .map(
                    r ->
                        TableDownload.cells(
                            groupLabel(r, locale),
                            r.suppressed() ? suppressed : r.referred(),
                            percent(r.sixMonths(), suppressed),
                            percent(r.twelveMonths(), suppressed),
                            percent(r.twentyFourMonths(), suppressed),
                            r.evicted() == null ? suppressed : r.evicted()))
                .toList()),
        format);
  }

  public List<Retentions.Retention> getRows() {
    return rows;
  }

  public FilterBar getBar() {
    return bar;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public void setToYear(Integer toYear) {
    this.toYear = toYear;
  }

  public Retentions.By getBy() {
    return by;
  }

  public void setBy(Retentions.By by) {
    this.by = by;
  }

  /** A group's name in the reader's language: a track or the pathway in words, else its name. */
  public String groupLabel(Retentions.Retention r, java.util.Locale locale) {
    return switch (by) {
      case TRACK -> dk.kk.naboskab.shared.Messages.text(locale, "supportTrack." + r.key());
      case PATHWAY -> dk.kk.naboskab.shared.Messages.text(locale, "retention.pathway." + r.key());
      default -> r.label();
    };
  }

  /** As {@link #groupLabel(Retentions.Retention, java.util.Locale)} in the page's language. */
  public String groupLabel(Retentions.Retention r) {
    return groupLabel(r, dk.kk.naboskab.shared.web.LanguageView.current());
  }
}
