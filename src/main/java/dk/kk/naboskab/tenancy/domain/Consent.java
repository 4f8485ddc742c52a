package dk.kk.naboskab.tenancy.domain;

/** The tenant's consent to share information with the housing association. */
public enum Consent {
  GIVEN,
  REFUSED,
  WITHDRAWN
}
