package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.security.AccessDenied;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
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
 * stand in for today, and their unit's team queue. Coordinators: their unit's (every unit's when
 * their login names none). Analysts and administrators: none individually.
 */
@Stateless
public class ConcernAccess {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public Viewer viewer() {
    var role = currentUser.getRole().orElse(null);
    if (role == Role.HOUSING_STAFF) {
      var code = currentUser.getAssociation().orElse(null);
      var association =
          code == null
              ? null
              : em.createNamedQuery(HousingAssociation.BY_CODE, HousingAssociation.class)
                  .setParameter("code", code)
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      return association == null
          ? Viewer.none()
          : new Viewer(Viewer.Side.ASSOCIATION, association.getId(), null, null, Set.of());
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
      var code = currentUser.getUnit().orElse(null);
      if (code == null) {
        return new Viewer(Viewer.Side.COORDINATOR, null, null, null, Set.of());
      }
      var unit =
          em.createQuery("select u from Unit u where u.code = :code", Unit.class)
              .setParameter("code", code)
              .getResultStream()
              .findFirst();
      return unit.map(u -> new Viewer(Viewer.Side.COORDINATOR, null, null, u.getId(), Set.of()))
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
      case COORDINATOR -> viewer.unitId() == null || concern.getUnitId() == viewer.unitId();
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
      throw new AccessDenied(currentUser.getUsername() + " may not see concern " + publicId);
    }
    return concern;
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
