package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.insight.application.Positions;
import dk.kk.naboskab.insight.domain.PositionSplit;
import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import dk.kk.naboskab.shared.web.TableDownload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** New positions: how many, in wholes or halves, and the split per unit with its effect. */
@Named
@ViewScoped
public class PositionsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Positions positions;

  private BigDecimal count = new BigDecimal("8");
  private PositionSplit.Step step = PositionSplit.Step.WHOLE;
  private List<PositionSplit.Share> shares = List.of();
  private Positions.Totals today;
  private String splitChart;

  /** The view action: today's units, split with the default 8 positions. */
  public void load() {
    if (shares.isEmpty()) {
      split();
    }
  }

  public void split() {
    try {
      var units = positions.units();
      today = Positions.Totals.of(units);
      shares = PositionSplit.split(count, step, Positions.areas(units));
      var locale = LanguageView.current();
      splitChart =
          Charts.barsAgainstGoal(
              shares.stream().map(s -> s.area().name()).toList(),
              List.of(
                  new Charts.Series(
                      Messages.text(locale, "positions.before"),
                      shares.stream().map(PositionSplit.Share::perWorkerBefore).toList()),
                  new Charts.Series(
                      Messages.text(locale, "positions.after"),
                      shares.stream().map(PositionSplit.Share::perWorkerAfter).toList())),
              Positions.TARGET,
              Messages.text(locale, "insight.chart.goal"),
              Messages.text(locale, "insight.chart.citizens"));
    } catch (RuleViolation e) {
      shares = List.of();
      Forms.error("split", e.field(), e.messageKey(), e.arguments());
    }
  }

  public BigDecimal getTarget() {
    return Positions.TARGET;
  }

  /** The 2011 budget note's arithmetic, shown beside today's figures. */
  public dk.kk.naboskab.insight.domain.BudgetNote getNote() {
    return dk.kk.naboskab.insight.domain.BudgetNote.OF_2011;
  }

  /** Each unit before and after the split against the goal, for PrimeFaces' chart. */
  public String getSplitChart() {
    return splitChart;
  }

  /** Today's figures the way the note reads its own; null until the page has loaded. */
  public Positions.Totals getToday() {
    return today;
  }

  /** Today's citizens in own homes per own-home position with the positions being split. */
  public BigDecimal getTodayAfter() {
    return today == null || shares.isEmpty() ? null : today.perOwnHomePositionAfter(count);
  }

  public BigDecimal getBaseline() {
    return Positions.BASELINE;
  }

  /** Whether citizens per position stay above the goal. */
  public boolean aboveTarget(BigDecimal perWorker) {
    return perWorker != null && perWorker.compareTo(Positions.TARGET) > 0;
  }

  /** The split as CSV or "xlsx". */
  public void download(String format) {
    var locale = LanguageView.current();
    TableDownload.send(
        new TableDownload.Table(
            "nye-stillinger",
            Messages.text(locale, "positions.title"),
            TableDownload.headers(
                locale,
                "insight.unit",
                "positions.flats",
                "positions.citizens",
                "positions.fte",
                "positions.exact",
                "positions.added",
                "positions.before",
                "positions.after"),
            shares.stream()
                .map(
                    s ->
                        TableDownload.cells(
                            s.area().name(),
                            s.area().flats(),
                            s.area().citizens(),
                            s.area().fte(),
                            s.exactShare(),
                            s.added(),
                            s.perWorkerBefore(),
                            s.perWorkerAfter()))
                .toList()),
        format);
  }

  public PositionSplit.Step[] getSteps() {
    return PositionSplit.Step.values();
  }

  public List<PositionSplit.Share> getShares() {
    return shares;
  }

  public BigDecimal getCount() {
    return count;
  }

  public void setCount(BigDecimal count) {
    this.count = count;
  }

  public PositionSplit.Step getStep() {
    return step;
  }

  public void setStep(PositionSplit.Step step) {
    this.step = step;
  }
}
