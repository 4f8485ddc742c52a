package dk.kk.naboskab.tenancy.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three kinds of support worker the portal routes concerns to, as named in the {@code
 * worker_type} claim.
 */
public enum WorkerType {
  /** Boligrådgiver: short-term help after move-in; the associations' contact person. */
  HOUSING_ADVISOR,
  /** Støttekontaktperson (SKP), Serviceloven §99: outreach support, typically 3–6 months. */
  SUPPORT_CONTACT,
  /** Hjemmevejleder, Serviceloven §85: long-term help with everyday skills. */
  HOME_SUPPORT;

  public String labelKey() {
    return "workerType." + name();
  }

  public static Optional<WorkerType> fromClaim(String value) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(value)).findFirst();
  }
}
