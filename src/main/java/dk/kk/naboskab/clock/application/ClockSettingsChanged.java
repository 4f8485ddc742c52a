package dk.kk.naboskab.clock.application;

import dk.kk.naboskab.shared.Published;

/**
 * Fired in the transaction that changes working hours, targets or closed days: durations and
 * verdicts computed on the old calendar are out of date.
 */
@Published("insight: the policy or calendar changed; measure again")
public record ClockSettingsChanged() {}
