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

  @Inject transient Positions positions;

  private BigDecimal count = new BigDecimal("8");
  private PositionSplit.Step step = PositionSplit.Step.WHOLE;
  private List<PositionSplit.Share> shares = List.of();

  /** The view action: today's units, split with the default 8 positions. */
  public void load() {
    if (shares.isEmpty()) {
      split();
    }
  }

  public void split() {
    try {
      shares = positions.split(count, step);
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
