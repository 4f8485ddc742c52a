package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.concern.application.CategoryChoices;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.insight.application.ResponseTimes.Dimension;
import dk.kk.naboskab.insight.application.ResponseTimes.Figure;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Response times: the filter bar (period, unit, association, category), what to group by, a table
 * of the three clocks' figures, a monthly trend chart and a CSV export of exactly what is shown.
 */
@Named
@ViewScoped
public class ResponseTimesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResponseTimes responseTimes;
  @Inject dk.kk.naboskab.insight.application.OpenConcerns openConcerns;
  @Inject CategoryChoices categoryChoices;
  @Inject Clock clock;

  /**
   * One group's three clocks, with its twelve cells (count, median, 90th percentile, share within
   * target per clock) already written out for the page.
   */
  public record Row(
      String key, String label, Figure ack, Figure reply, Figure resolution, List<Cell> cells)
      implements Serializable {
    /** For the page: a property, which the expression language resolves without reflection. */
    public List<Cell> getCells() {
      return cells;
    }

    public String getLabel() {
      return label;
    }
  }

  /** One cell as shown; {@code hidden}: suppressed for the reader (too few concerns). */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final boolean hidden;

    Cell(String text, boolean hidden) {
      this.text = text;
      this.hidden = hidden;
    }

    public String getText() {
      return text;
    }

    public boolean isHidden() {
      return hidden;
    }
  }

  private static final List<Integer> CELL_NUMBERS =
      java.util.stream.IntStream.range(0, 12).boxed().toList();

  private FilterBar bar;
  private Dimension dimension = Dimension.UNIT;

  private List<Row> rows = List.of();
  private String trendChart;
  private String openChart;
  private boolean ownAssociationOnly;

  @PostConstruct
  void init() {
    var choices = responseTimes.choices();
    bar =
        new FilterBar(
            YearMonth.now(clock.withZone(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN)),
            choices,
            categoryChoices.active(LanguageView.current()));
    ownAssociationOnly = choices.ownAssociationOnly();
    if (ownAssociationOnly) {
      dimension = Dimension.MONTH;
    }
    show();
  }

  /** Applies the filter bar. */
  public void show() {
    try {
      var filter = bar.filter();
      var locale = LanguageView.current();
      // The table and its monthly trend from one read of the measures.
      var figures = responseTimes.allClocks(dimension, Dimension.MONTH, filter, locale);
      rows = merge(figures.get(0), dimension, locale);
      var months =
          dimension == Dimension.MONTH ? rows : merge(figures.get(1), Dimension.MONTH, locale);
      trendChart =
          TrendChart.of(
              months.stream()
                  .map(r -> new TrendChart.Month(r.key(), r.ack(), r.reply(), r.resolution()))
                  .toList(),
              locale);
      var open = openConcerns.byMonth(filter);
      openChart =
          Charts.lines(
              open.stream().map(m -> FilterBar.monthLabel(m.month().toString(), locale)).toList(),
              List.of(
                  new Charts.Series(
                      text(locale, "insight.open.open"),
                      open.stream()
                          .map(dk.kk.naboskab.insight.application.OpenConcerns.AtMonthEnd::open)
                          .toList()),
                  new Charts.Series(
                      text(locale, "insight.open.overdue"),
                      open.stream()
                          .map(dk.kk.naboskab.insight.application.OpenConcerns.AtMonthEnd::overdue)
                          .toList())),
              text(locale, "insight.open.axis"),
              null);
    } catch (RuleViolation e) {
      Forms.error("filters", e.field(), e.messageKey(), e.arguments());
    }
  }

  /** Concerns open and overdue at each month's end, for PrimeFaces' chart. */
  public String getOpenChart() {
    return openChart;
  }

  /** Sends the table as CSV (semicolons and a byte-order mark, as Danish Excel opens it). */
  public void exportCsv() {
    TableDownload.csv(fileName(), header(), table());
  }

  /** Sends the table as an Excel workbook. */
  public void exportExcel() {
    TableDownload.xlsx(
        fileName(), text(LanguageView.current(), "insight.response.title"), header(), table());
  }

  private String fileName() {
    return "svartider-" + dimension.name().toLowerCase(Locale.ROOT);
  }

  private List<String> header() {
    var locale = LanguageView.current();
    var header = new ArrayList<String>();
    header.add(text(locale, "insight.group"));
    for (var kind : ClockKind.values()) {
      for (var part : List.of("count", "median", "p90", "within")) {
        header.add(text(locale, "insight.csv." + part, clockName(locale, kind)));
      }
    }
    return header;
  }

  /** The rows as shown: a suppressed group's cells say so. */
  private List<List<Object>> table() {
    var hidden = text(LanguageView.current(), "insight.suppressed");
    var table = new ArrayList<List<Object>>();
    for (var row : rows) {
      var cells = new ArrayList<Object>();
      cells.add(row.label());
      for (var figure : java.util.Arrays.asList(row.ack(), row.reply(), row.resolution())) {
        if (figure == null) {
          cells.addAll(java.util.Arrays.asList(null, null, null, null));
        } else if (figure.suppressed()) {
          cells.addAll(List.of(hidden, hidden, hidden, hidden));
        } else {
          cells.addAll(
              java.util.Arrays.asList(
                  figure.count(),
                  figure.medianHours(),
                  figure.p90Hours(),
                  figure.withinTargetPercent()));
        }
      }
      table.add(cells);
    }
    return table;
  }

  private List<Row> merge(Map<ClockKind, List<Figure>> figures, Dimension by, Locale locale) {
    var merged = new LinkedHashMap<String, Figure[]>();
    var labels = new LinkedHashMap<String, String>();
    var kinds = ClockKind.values();
    for (var i = 0; i < kinds.length; i++) {
      for (var figure : figures.get(kinds[i])) {
        merged.computeIfAbsent(figure.key(), k -> new Figure[3])[i] = figure;
        labels.putIfAbsent(figure.key(), label(by, figure, locale));
      }
    }
    var result = new ArrayList<Row>();
    for (Map.Entry<String, Figure[]> e : merged.entrySet()) {
      result.add(
          new Row(
              e.getKey(),
              labels.get(e.getKey()),
              e.getValue()[0],
              e.getValue()[1],
              e.getValue()[2],
              cells(e.getValue(), locale)));
    }
    if (by == Dimension.MONTH) {
      result.sort(java.util.Comparator.comparing(Row::key));
    }
    return result;
  }

  private static List<Cell> cells(Figure[] figures, Locale locale) {
    var decimal = java.text.NumberFormat.getNumberInstance(locale);
    decimal.setMinimumFractionDigits(1);
    decimal.setMaximumFractionDigits(1);
    var whole = java.text.NumberFormat.getNumberInstance(locale);
    whole.setMaximumFractionDigits(0);
    var hidden = new Cell(text(locale, "insight.suppressed"), true);
    var empty = new Cell("", false);
    var cells = new ArrayList<Cell>();
    for (var f : figures) {
      if (f == null) {
        cells.addAll(List.of(empty, empty, empty, empty));
      } else if (f.suppressed()) {
        cells.addAll(List.of(hidden, hidden, hidden, hidden));
      } else {
        cells.add(new Cell(String.valueOf(f.count()), false));
        cells.add(new Cell(f.medianHours() == null ? "" : decimal.format(f.medianHours()), false));
        cells.add(new Cell(f.p90Hours() == null ? "" : decimal.format(f.p90Hours()), false));
        cells.add(
            new Cell(
                f.withinTargetPercent() == null ? "" : whole.format(f.withinTargetPercent()) + " %",
                false));
      }
    }
    return cells;
  }

  private static String label(Dimension by, Figure figure, Locale locale) {
    return switch (by) {
      case MONTH -> FilterBar.monthLabel(figure.key(), locale);
      case URGENCY -> text(locale, "urgency." + figure.key());
      case WORKER_TYPE ->
          "TEAM".equals(figure.key())
              ? text(locale, "insight.team")
              : text(locale, "workerType." + figure.key());
      default -> figure.label();
    };
  }

  private static String clockName(Locale locale, ClockKind kind) {
    return text(locale, "clockKind." + kind.name());
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return Messages.text(locale, key, arguments);
  }

  public Dimension[] getDimensions() {
    return ownAssociationOnly
        ? new Dimension[] {
          Dimension.MONTH, Dimension.DEPARTMENT, Dimension.CATEGORY, Dimension.URGENCY
        }
        : Dimension.values();
  }

  /** The twelve figure columns, for {@code p:columns}. */
  public List<Integer> getCellNumbers() {
    return CELL_NUMBERS;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public FilterBar getBar() {
    return bar;
  }

  public boolean isOwnAssociationOnly() {
    return ownAssociationOnly;
  }

  public int getSmallestCell() {
    return ResponseTimes.SMALLEST_CELL;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public void setDimension(Dimension dimension) {
    this.dimension = dimension;
  }
}
