/**
 * The clock context's domain: Copenhagen's business calendar (working hours, Danish public holidays
 * computed from Easter, the municipality's own closed days), on which response targets are
 * measured.
 */
package dk.kk.naboskab.clock.domain;
