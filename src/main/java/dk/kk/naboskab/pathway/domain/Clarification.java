package dk.kk.naboskab.pathway.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The counter on every stay: days since intake and — until a recommendation — the days used of the
 * clarification target, in calendar days (ADR 26: the citizen lives at the shelter every day of the
 * week, and the programme counts its goal in days), with a warning at 75 % like the concern clocks.
 *
 * @param daysSinceIntake whole days from intake to today (or to the move-out)
 * @param targetDays the configured target
 * @param daysToRecommendation days from intake to the recommendation; null while there is none
 * @param state what the counter says in colour and words
 */
public record Clarification(
    long daysSinceIntake, int targetDays, Long daysToRecommendation, State state)
    implements java.io.Serializable {
  /** At this share of the target the counter warns. */
  public static final double WARNING_SHARE = 0.75;

  /** The counter's verdict. */
  public enum State {
    /** Within the first 75 % of the target. */
    ON_TRACK,
    /** Past 75 % of the target, no recommendation yet. */
    WARNING,
    /** The target has passed without a recommendation. */
    OVERDUE,
    /** Recommended within the target. */
    RECOMMENDED_IN_TIME,
    /** Recommended, after the target. */
    RECOMMENDED_LATE,
    /** Moved out without a recommendation. */
    ENDED
  }

  /**
   * @param intake the intake date
   * @param recommendedOn the recommendation's date, or null
   * @param endedOn the move-out, or null
   * @param today the day it is read on (the counter stops at the move-out)
   * @param targetDays the target, at least 1
   */
  public static Clarification of(
      LocalDate intake,
      LocalDate recommendedOn,
      LocalDate endedOn,
      LocalDate today,
      int targetDays) {
    if (targetDays < 1) {
      throw new IllegalArgumentException("the clarification target must be at least one day");
    }
    var until = endedOn != null && endedOn.isBefore(today) ? endedOn : today;
    var since = Math.max(0, ChronoUnit.DAYS.between(intake, until));
    if (recommendedOn != null) {
      var took = Math.max(0, ChronoUnit.DAYS.between(intake, recommendedOn));
      return new Clarification(
          since,
          targetDays,
          took,
          took <= targetDays ? State.RECOMMENDED_IN_TIME : State.RECOMMENDED_LATE);
    }
    if (endedOn != null) {
      return new Clarification(since, targetDays, null, State.ENDED);
    }
    State state;
    if (since > targetDays) {
      state = State.OVERDUE;
    } else if (since >= Math.ceil(targetDays * WARNING_SHARE)) {
      state = State.WARNING;
    } else {
      state = State.ON_TRACK;
    }
    return new Clarification(since, targetDays, null, state);
  }

  /** Days left of the target (negative when past it); null once recommended or ended. */
  public Long daysLeft() {
    return daysToRecommendation != null || state == State.ENDED
        ? null
        : targetDays - daysSinceIntake;
  }

  /** How much of the target is used, in per cent (capped at 100 for a bar). */
  public int percentUsed() {
    var days = daysToRecommendation != null ? daysToRecommendation : daysSinceIntake;
    return (int) Math.min(100, Math.round(100.0 * days / targetDays));
  }
}
