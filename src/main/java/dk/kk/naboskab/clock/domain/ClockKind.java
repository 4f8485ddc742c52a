package dk.kk.naboskab.clock.domain;

/** The three clocks of a concern. Only the resolution clock pauses (while awaiting information). */
public enum ClockKind {
  ACKNOWLEDGE,
  FIRST_REPLY,
  RESOLUTION
}
