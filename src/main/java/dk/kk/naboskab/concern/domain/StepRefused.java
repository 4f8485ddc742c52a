package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.RuleViolation;

/** A step the concern's status does not allow (e.g. reopening after 14 days). */
public class StepRefused extends RuleViolation {
  private static final long serialVersionUID = 1L;

  public StepRefused(ConcernStatus status, Step step) {
    super("step", "concern.stepRefused." + step.name(), status);
  }
}
