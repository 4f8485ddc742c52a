package dk.kk.naboskab.tenancy.domain;

import java.util.Objects;

/** A worker supports a tenant in a role for a period. */
public record Assignment(long workerId, WorkerType role, Period period) {

  public Assignment {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(period, "period");
  }
}
