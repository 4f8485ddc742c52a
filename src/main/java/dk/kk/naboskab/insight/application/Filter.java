package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import java.time.YearMonth;

/**
 * The filter bar every figures page shares: a period of months and optionally a unit, an
 * association and a category. Each page says which of them its tables heed.
 */
@Published("api: the figures' filter")
public record Filter(YearMonth from, YearMonth to, Long unitId, Long associationId, Long categoryId)
    implements java.io.Serializable {

  /** No filter at all: every month, every unit, association and category. */
  public static Filter none() {
    return new Filter(null, null, null, null, null);
  }

  /**
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public Filter requireOrdered() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolation("from", "insight.period.order");
    }
    return this;
  }
}
