package dk.kk.naboskab.tenancy.domain;

/** Why a referred tenant's tenancy ended — what the retention figures count. */
public enum TenancyEndReason {
  MOVED,
  EVICTED,
  DIED,
  MOVED_TO_SPECIAL_HOUSING
}
