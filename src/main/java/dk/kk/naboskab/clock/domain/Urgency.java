package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;

/** How soon the association needs the municipality to act. */
@Published("concern, insight: how urgent a concern is; the targets follow it")
public enum Urgency {
  /** Acute: also alerts the unit's housing-social team at once. */
  ACUTE,
  URGENT,
  NORMAL
}
