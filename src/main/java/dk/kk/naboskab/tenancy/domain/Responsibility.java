package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.Published;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who answers for a tenant on a given day, and the route that led there — so the portal can say why
 * in plain words ("home-support worker Henrik is away until 3 March; substitute Sara").
 */
@Published("concern: who answers for a tenant, and why")
public sealed interface Responsibility {

  List<Step> route();

  /** Every worker the route passes, e.g. to look up their names for the explanation. */
  default Set<Long> workerIds() {
    var ids = new LinkedHashSet<Long>();
    for (var step : route()) {
      if (step instanceof Assigned a) {
        ids.add(a.workerId());
      } else if (step instanceof Away a) {
        ids.add(a.workerId());
        ids.add(a.substituteId());
      } else if (step instanceof SubstituteLoop l) {
        ids.add(l.workerId());
      }
    }
    return ids;
  }

  /** A worker answers: the assigned one, or the substitute at the end of an absence chain. */
  record Worker(long workerId, WorkerType role, List<Step> route) implements Responsibility {
    public Worker {
      route = List.copyOf(route);
    }
  }

  /** Nobody does: the housing-social team of the unit covering the tenant's department. */
  record Team(List<Step> route) implements Responsibility {
    public Team {
      route = List.copyOf(route);
    }
  }

  /** One step of the route. */
  sealed interface Step {}

  /** The tenant has this worker in this role. */
  record Assigned(long workerId, WorkerType role) implements Step {}

  /** The worker is away (until the day given, or with no end), so the substitute takes over. */
  record Away(long workerId, LocalDate until, long substituteId) implements Step {}

  /** No worker in any role supports the tenant that day. */
  record NobodyAssigned() implements Step {}

  /**
   * The substitutes lead back to someone already passed (registration refuses loops; data may
   * predate that).
   */
  record SubstituteLoop(long workerId) implements Step {}
}
