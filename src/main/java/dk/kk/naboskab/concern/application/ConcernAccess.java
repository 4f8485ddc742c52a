package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.security.AccessDenied;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.tenancy.application.TenantScope;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerAbsence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may see and act on which concern — the one place the rules live, used by every service and
 * download. Housing staff: their association's concerns. Workers: routed to them, to those they
 * stand in for today, and their unit's team queue. Coordinators: their unit's (none when their
 * login names no unit). Analysts and administrators: none individually.
 */
@Stateless
public class ConcernAccess {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject AuditLog auditLog;
  @Inject TenantScope tenantScope;

  public Viewer viewer() {
    var role = currentUser.getRole().orElse(null);
    // The association and the unit are resolved from the claims once, by the tenancy context's
    // scope; a claim that is missing or unknown there reaches nothing here either.
    if (role == Role.HOUSING_STAFF) {
      return tenantScope
          .associationId()
          .map(a -> new Viewer(Viewer.Side.ASSOCIATION, a, null, null, Set.of()))
          .orElse(Viewer.none());
    }
    if (role == Role.SUPPORT_WORKER) {
      var worker =
          em.createNamedQuery(Worker.BY_USERNAME, Worker.class)
              .setParameter("username", currentUser.getUsername())
              .getResultStream()
              .findFirst();
      if (worker.isEmpty()) {
        return Viewer.none();
      }
      var id = worker.get().getId();
      return new Viewer(
          Viewer.Side.WORKER, null, id, worker.get().getUnit().getId(), standingInFor(id));
    }
    if (role == Role.COORDINATOR) {
      return tenantScope
          .unitId()
          .map(u -> new Viewer(Viewer.Side.COORDINATOR, null, null, u, Set.of()))
          .orElse(Viewer.none());
    }
    return Viewer.none();
  }

  /** Whether the viewer may see the concern. */
  public boolean maySee(Viewer viewer, Concern concern) {
    return switch (viewer.side()) {
      case ASSOCIATION -> concern.getAssociationId() == viewer.associationId();
      case WORKER ->
          Objects.equals(concern.getAssigneeWorkerId(), viewer.workerId())
              || (concern.getAssigneeWorkerId() != null
                  && viewer.standingInFor().contains(concern.getAssigneeWorkerId()))
              || (concern.getAssigneeWorkerId() == null && concern.getUnitId() == viewer.unitId());
      case COORDINATOR -> viewer.unitId() != null && concern.getUnitId() == viewer.unitId();
      case NONE -> false;
    };
  }

  /**
   * The concern, if the viewer may see it.
   *
   * @throws AccessDenied for one they may not see — exactly as for one that does not exist, so
   *     addresses cannot be probed
   */
  public Concern require(Viewer viewer, String publicId) {
    var concern =
        publicId == null
            ? null
            : em.createNamedQuery(Concern.BY_PUBLIC_ID, Concern.class)
                .setParameter("publicId", publicId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (concern == null || !maySee(viewer, concern)) {
      throw refusal("concern " + publicId);
    }
    return concern;
  }

  /** Logs the refusal (in its own transaction: the refusal rolls the caller's back). */
  public AccessDenied refusal(String what) {
    var user = currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous";
    auditLog.refused(user, currentUser.getRole().map(Role::roleName).orElse(null), what);
    return new AccessDenied(user + " may not see " + what);
  }

  /** Workers away today whose substitute chain ends with this worker. */
  private Set<Long> standingInFor(long me) {
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    var substitutes = new HashMap<Long, Long>();
    em.createNamedQuery(WorkerAbsence.OVERLAPPING, WorkerAbsence.class)
        .setParameter("from", today)
        .setParameter("until", today)
        .getResultList()
        .forEach(a -> substitutes.put(a.getWorker().getId(), a.getSubstitute().getId()));
    var result = new HashSet<Long>();
    for (var away : substitutes.keySet()) {
      var seen = new HashSet<Long>();
      var current = away;
      while (substitutes.containsKey(current) && seen.add(current)) {
        current = substitutes.get(current);
      }
      if (current == me && !away.equals(me)) {
        result.add(away);
      }
    }
    return result;
  }
}
