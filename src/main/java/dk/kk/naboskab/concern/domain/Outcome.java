package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.Published;

/** What the municipality did about a concern, told to the association in words fit for them. */
@Published("api: its name in the API's JSON")
public enum Outcome {
  HOME_VISIT,
  SUPPORT_INCREASED,
  REFERRED_ELSEWHERE,
  TENANT_DECLINED,
  NO_ACTION_NEEDED,
  EVICTION_CASE_OPENED
}
