package dk.kk.naboskab.concern.domain;

/** How soon the association needs the municipality to act. */
public enum Urgency {
  /** Acute: also alerts the unit's housing-social team at once. */
  ACUTE,
  URGENT,
  NORMAL
}
