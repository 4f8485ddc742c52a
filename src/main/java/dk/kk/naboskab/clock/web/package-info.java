/** The clock context's pages: the administrators' working hours, targets and closed days. */
package dk.kk.naboskab.clock.web;
