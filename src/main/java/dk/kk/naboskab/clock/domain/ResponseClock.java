package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One of a concern's three clocks (acknowledge, first reply, resolution), read at an instant: how
 * much business time the target allows, how much has been used, and so the state shown in colour
 * and words. Paused spans (the resolution clock while the association is asked for information) do
 * not count.
 */
@Published("concern: one clock's reading")
public final class ResponseClock {
  /** At 75 % of the target the assignee is warned. */
  public static final double WARNING_AT = 0.75;

  /** What the clock says. */
  public enum State {
    ON_TRACK,
    WARNING,
    OVERDUE,
    /** Stopped within the target. */
    MET,
    /** Stopped after the target. */
    MISSED
  }

  /** A span the clock stood still; {@code until} null while it still does. */
  public record Pause(Instant from, Instant until) {}

  /**
   * @param allowed the business time the target allows
   * @param used the business time used so far (or until the clock stopped)
   * @param left {@code allowed - used}: negative when overdue
   */
  public record Reading(State state, Duration allowed, Duration used, Duration left) {
    public boolean isRunning() {
      return state == State.ON_TRACK || state == State.WARNING || state == State.OVERDUE;
    }
  }

  private ResponseClock() {}

  /** The business time from {@code started} to {@code end}, less the pauses within it. */
  public static Duration used(
      BusinessCalendar calendar, Instant started, Instant end, List<Pause> pauses) {
    var used = calendar.between(started, end);
    for (var pause : pauses) {
      var pauseEnd = pause.until() == null || pause.until().isAfter(end) ? end : pause.until();
      used = used.minus(calendar.between(pause.from(), pauseEnd));
    }
    return used;
  }

  /**
   * Reads the clock.
   *
   * @param started when the concern was filed
   * @param stopped when the clock stopped (acknowledged, replied, resolved), or null
   */
  public static Reading read(
      BusinessCalendar calendar,
      Target target,
      Instant started,
      Instant stopped,
      List<Pause> pauses,
      Instant now) {
    var allowed = target.allowance(calendar, started);
    var used = used(calendar, started, stopped != null ? stopped : now, pauses);
    var left = allowed.minus(used);
    State state;
    if (stopped != null) {
      state = left.isNegative() ? State.MISSED : State.MET;
    } else if (left.isNegative() || left.isZero()) {
      state = State.OVERDUE;
    } else if (used.toSeconds() >= WARNING_AT * allowed.toSeconds()) {
      state = State.WARNING;
    } else {
      state = State.ON_TRACK;
    }
    return new Reading(state, allowed, used, left);
  }
}
