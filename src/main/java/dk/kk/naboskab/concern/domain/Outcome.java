package dk.kk.naboskab.concern.domain;

/** What the municipality did about a concern, told to the association in words fit for them. */
public enum Outcome {
  HOME_VISIT,
  SUPPORT_INCREASED,
  REFERRED_ELSEWHERE,
  TENANT_DECLINED,
  NO_ACTION_NEEDED,
  EVICTION_CASE_OPENED
}
