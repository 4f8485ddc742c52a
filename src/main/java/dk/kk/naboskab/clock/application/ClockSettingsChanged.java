package dk.kk.naboskab.clock.application;

/**
 * Fired in the transaction that changes working hours, targets or closed days: durations and
 * verdicts computed on the old calendar are out of date.
 */
public record ClockSettingsChanged() {}
