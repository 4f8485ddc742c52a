package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;

/**
 * A response target: so many business hours, or so many business days (the same time of day on the
 * n-th next open day).
 */
@Published("concern: one clock's target")
public record Target(int amount, Unit unit) {
  /** Hours or days of the business calendar. */
  public enum Unit {
    HOURS,
    DAYS
  }

  /**
   * @throws RuleViolation on {@code amount} for a target of zero or negative length
   */
  public Target {
    if (amount <= 0) {
      throw new RuleViolation("amount", "clock.target.positive");
    }
  }

  public static Target hours(int hours) {
    return new Target(hours, Unit.HOURS);
  }

  public static Target days(int days) {
    return new Target(days, Unit.DAYS);
  }

  /** The deadline for something that started at {@code start}, if it never paused. */
  public Instant deadline(BusinessCalendar calendar, Instant start) {
    return unit == Unit.HOURS
        ? calendar.plus(start, Duration.ofHours(amount))
        : calendar.plusDays(start, amount);
  }

  /** The business time this target allows from {@code start}. */
  public Duration allowance(BusinessCalendar calendar, Instant start) {
    return calendar.between(calendar.plus(start, Duration.ZERO), deadline(calendar, start));
  }
}
