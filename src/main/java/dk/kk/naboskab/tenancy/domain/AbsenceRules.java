package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Registering an absence: a worker's absences do not overlap, and substitutes never lead back to
 * the absent worker on any day (A away → B, B away → C is a chain; C away → A on a shared day would
 * be a loop).
 */
public final class AbsenceRules {

  private AbsenceRules() {}

  /**
   * @param existing every registered absence (of all workers)
   * @throws RuleViolation on {@code period} for an overlap, on {@code substitute} for a loop
   */
  public static void check(Absence candidate, Collection<Absence> existing) {
    for (var other : existing) {
      if (other.workerId() == candidate.workerId() && other.period().overlaps(candidate.period())) {
        throw other.period().isOpenEnded()
            ? new RuleViolation("period", "absence.overlapsOpen", other.period().from())
            : new RuleViolation(
                "period", "absence.overlaps", other.period().from(), other.period().until());
      }
    }
    if (leadsTo(
        candidate.substituteId(),
        candidate.workerId(),
        candidate.period(),
        existing,
        new HashSet<>())) {
      throw new RuleViolation("substitute", "absence.substituteLoop");
    }
  }

  /**
   * Whether following substitutes from {@code from}, on days within {@code days}, reaches {@code
   * target}.
   */
  private static boolean leadsTo(
      long from, long target, Period days, Collection<Absence> absences, Set<Long> passed) {
    if (from == target) {
      return true;
    }
    if (!passed.add(from)) {
      return false;
    }
    for (var absence : absences) {
      if (absence.workerId() == from) {
        var shared = absence.period().intersection(days);
        if (shared.isPresent()
            && leadsTo(absence.substituteId(), target, shared.get(), absences, passed)) {
          return true;
        }
      }
    }
    return false;
  }
}
