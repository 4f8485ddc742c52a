package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.application.ConcernVisibility.AssignedTo;
import dk.kk.naboskab.concern.application.ConcernVisibility.OfAssociation;
import dk.kk.naboskab.concern.application.ConcernVisibility.OfUnit;
import dk.kk.naboskab.concern.application.ConcernVisibility.TeamQueue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose concerns the signed-in user may see, decided once per request from their role and claims —
 * never from the request's parameters.
 *
 * @param associationId housing staff: their association
 * @param workerId a support worker: their register entry (null when not registered)
 * @param unitId a worker's or coordinator's unit
 * @param standingInFor workers who are away today with this worker at the end of their substitute
 *     chain
 */
public record Viewer(
    Side side, Long associationId, Long workerId, Long unitId, Set<Long> standingInFor) {

  /** Which side of the letting agreement the user is on, and in what capacity. */
  public enum Side {
    ASSOCIATION,
    WORKER,
    COORDINATOR,
    NONE
  }

  public static Viewer none() {
    return new Viewer(Side.NONE, null, null, null, Set.of());
  }

  /**
   * Which concerns this viewer may see — the rule for every page, list, download and the API.
   * Housing staff: their association's. Workers: routed to them or to those they stand in for
   * today, and their unit's team queue. Coordinators: their unit's. Everyone else: none.
   */
  public ConcernVisibility visibility() {
    return switch (side) {
      case ASSOCIATION -> new ConcernVisibility(List.of(new OfAssociation(associationId)));
      case WORKER -> {
        var grants = new ArrayList<ConcernVisibility.Grant>();
        var assigned = new HashSet<>(standingInFor);
        if (workerId != null) {
          assigned.add(workerId);
        }
        if (!assigned.isEmpty()) {
          grants.add(new AssignedTo(assigned));
        }
        if (unitId != null) {
          grants.add(new TeamQueue(unitId));
        }
        yield new ConcernVisibility(grants);
      }
      case COORDINATOR ->
          unitId == null
              ? ConcernVisibility.nothing()
              : new ConcernVisibility(List.of(new OfUnit(unitId)));
      case NONE -> ConcernVisibility.nothing();
    };
  }

  /** One queue of the inbox, if the viewer has it; lists AND it with {@link #visibility}. */
  public Optional<ConcernVisibility.Grant> queue(ConcernLists.Scope scope) {
    return Optional.ofNullable(
        switch (scope) {
          case MINE -> workerId == null ? null : new AssignedTo(Set.of(workerId));
          case STANDING_IN -> standingInFor.isEmpty() ? null : new AssignedTo(standingInFor);
          case TEAM -> unitId == null ? null : new TeamQueue(unitId);
          case ALL -> side == Side.COORDINATOR && unitId != null ? new OfUnit(unitId) : null;
        });
  }
}
