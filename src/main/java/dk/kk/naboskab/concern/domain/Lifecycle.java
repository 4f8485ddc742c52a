package dk.kk.naboskab.concern.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The concern's state machine: which step is allowed in which status, and where it leads. Replying
 * or resolving acknowledges a concern nobody acknowledged yet; an internal note or a hand-over
 * changes no status; the association may confirm or reopen a resolution for 14 days.
 */
public final class Lifecycle {
  /** How long the association may confirm or reopen a resolution. */
  public static final Duration REOPEN_WINDOW = Duration.ofDays(14);

  private Lifecycle() {}

  /**
   * The status after the step.
   *
   * @param resolvedAt when the concern was resolved (for confirm and reopen), or null
   * @throws dk.kk.naboskab.shared.RuleViolation never; see {@link StepRefused}
   * @throws StepRefused when the step is not allowed in the status (or after the window)
   */
  public static ConcernStatus after(
      ConcernStatus status, Step step, Instant resolvedAt, Instant now) {
    if (!allowed(status, resolvedAt, now).contains(step)) {
      throw new StepRefused(status, step);
    }
    return switch (step) {
      case ACKNOWLEDGE, PROVIDE_INFO -> ConcernStatus.ACKNOWLEDGED;
      case REPLY ->
          status == ConcernStatus.AWAITING_INFO
              ? ConcernStatus.AWAITING_INFO
              : ConcernStatus.ACKNOWLEDGED;
      case NOTE, HAND_OVER -> status;
      case REQUEST_INFO -> ConcernStatus.AWAITING_INFO;
      case RESOLVE -> ConcernStatus.RESOLVED;
      case CONFIRM -> ConcernStatus.CLOSED;
      case REOPEN -> ConcernStatus.REOPENED;
    };
  }

  /** The steps allowed now; a resolution older than 14 days counts as closed. */
  public static Set<Step> allowed(ConcernStatus status, Instant resolvedAt, Instant now) {
    return switch (effective(status, resolvedAt, now)) {
      case NEW, REOPENED ->
          EnumSet.of(
              Step.ACKNOWLEDGE,
              Step.REPLY,
              Step.NOTE,
              Step.REQUEST_INFO,
              Step.HAND_OVER,
              Step.RESOLVE);
      case ACKNOWLEDGED ->
          EnumSet.of(Step.REPLY, Step.NOTE, Step.REQUEST_INFO, Step.HAND_OVER, Step.RESOLVE);
      case AWAITING_INFO ->
          EnumSet.of(Step.REPLY, Step.NOTE, Step.PROVIDE_INFO, Step.HAND_OVER, Step.RESOLVE);
      case RESOLVED -> EnumSet.of(Step.NOTE, Step.CONFIRM, Step.REOPEN);
      case CLOSED -> EnumSet.of(Step.NOTE);
    };
  }

  /** The status as people should see it: a resolution past the window is closed. */
  public static ConcernStatus effective(ConcernStatus status, Instant resolvedAt, Instant now) {
    if (status == ConcernStatus.RESOLVED
        && resolvedAt != null
        && !now.isBefore(resolvedAt.plus(REOPEN_WINDOW))) {
      return ConcernStatus.CLOSED;
    }
    return status;
  }
}
