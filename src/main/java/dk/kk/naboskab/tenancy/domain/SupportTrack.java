package dk.kk.naboskab.tenancy.domain;

/** The referral's support track (spor). */
public enum SupportTrack {
  /** Referred without a support need. */
  NONE,
  /** Short-term need: a housing advisor for the first months after move-in. */
  SHORT_TERM,
  /** Long-term need: an SKP (typically 3–6 months) or a home-support worker (ongoing). */
  LONG_TERM,
  /** Needs special housing (særbolig). */
  SPECIAL_HOUSING
}
