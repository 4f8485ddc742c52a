package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.shared.Published;
import java.time.Instant;

/**
 * The municipality did something on a concern that its association's system may want to be told of:
 * a CDI event fired inside the step's transaction, so an observer's rows commit with the step or
 * not at all.
 *
 * @param concern the concern's public id
 * @param associationId the association whose concern it is
 */
@Published("api: what happened to a concern, for the associations' webhooks")
public record ConcernChanged(String concern, long associationId, What what, Instant at) {
  /** What happened, as the association sees it. */
  public enum What {
    ACKNOWLEDGED,
    REPLIED,
    INFORMATION_REQUESTED,
    RESOLVED
  }
}
