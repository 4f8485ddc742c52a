/** The concern context's application. */
package dk.kk.naboskab.concern.application;
