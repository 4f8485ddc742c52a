/** The clock context's application: the calendar and targets the concerns' clocks run on. */
package dk.kk.naboskab.clock.application;
