/** Assembling a tenant's disclosure from the contexts that hold the data, and logging it. */
package dk.kk.naboskab.disclosure.application;
