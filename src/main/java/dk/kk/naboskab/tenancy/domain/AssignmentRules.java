package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.util.Collection;

/**
 * Assigning a worker to a tenant: the worker's type fits the role, and one worker per role at a
 * time.
 */
public final class AssignmentRules {

  private AssignmentRules() {}

  /**
   * @param workerType the type of the worker to assign
   * @param existing the tenant's other assignments
   * @throws RuleViolation on {@code worker} for a wrong type, on {@code period} for an overlap
   */
  public static void check(
      Assignment candidate, WorkerType workerType, Collection<Assignment> existing) {
    if (workerType != candidate.role()) {
      throw new RuleViolation("worker", "assignment.wrongWorkerType", workerType, candidate.role());
    }
    for (var other : existing) {
      if (other.role() == candidate.role() && other.period().overlaps(candidate.period())) {
        throw other.period().isOpenEnded()
            ? new RuleViolation("period", "assignment.overlapsOpen", other.period().from())
            : new RuleViolation(
                "period", "assignment.overlaps", other.period().from(), other.period().until());
      }
    }
  }
}
