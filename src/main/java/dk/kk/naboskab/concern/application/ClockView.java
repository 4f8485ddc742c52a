package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponseClock;
import dk.kk.naboskab.shared.Published;

/**
 * One of a concern's clocks as the pages show it: which clock, its state, and the business minutes
 * left (negative: overdue by that much).
 */
@Published("api: a concern's clock as lists show it")
public record ClockView(ClockKind kind, ResponseClock.State state, long minutesLeft)
    implements java.io.Serializable {
  public boolean isRunning() {
    return state == ResponseClock.State.ON_TRACK
        || state == ResponseClock.State.WARNING
        || state == ResponseClock.State.OVERDUE;
  }

  public long minutesOverdue() {
    return -minutesLeft;
  }
}
