/** The concern context's web. */
package dk.kk.naboskab.concern.web;
