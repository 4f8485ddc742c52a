package dk.kk.naboskab.pathway.domain;

/**
 * The support track with a recommendation for the citizen's own home, by who gives it: none, a
 * housing advisor for the first months, an SKP (§99) or home support (§85) for the long term. Named
 * as {@code tenancy}'s worker types are, so the hand-over into the register can read it.
 */
public enum Support {
  NONE,
  HOUSING_ADVISOR,
  SUPPORT_CONTACT,
  HOME_SUPPORT
}
