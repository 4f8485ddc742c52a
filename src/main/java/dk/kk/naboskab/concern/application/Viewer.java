package dk.kk.naboskab.concern.application;

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
}
