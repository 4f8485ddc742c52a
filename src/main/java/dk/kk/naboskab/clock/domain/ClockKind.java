package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;

/** The three clocks of a concern. Only the resolution clock pauses (while awaiting information). */
@Published("concern, insight: the clocks a concern runs")
public enum ClockKind {
  ACKNOWLEDGE,
  FIRST_REPLY,
  RESOLUTION
}
