/** The notify context's application: writing notifications with their cause, reading one's own. */
package dk.kk.naboskab.notify.application;
