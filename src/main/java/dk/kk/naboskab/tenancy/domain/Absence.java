package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Objects;

/** A worker is away for a period; their concerns go to the substitute meanwhile. */
public record Absence(long workerId, Period period, long substituteId) {

  public Absence {
    Objects.requireNonNull(period, "period");
    if (workerId == substituteId) {
      throw new RuleViolation("substitute", "absence.substituteIsSelf");
    }
  }

  /** As a query reads it: the rules without loading the workers. */
  public Absence(Long workerId, LocalDate from, LocalDate until, Long substituteId) {
    this(workerId, new Period(from, until), substituteId);
  }
}
