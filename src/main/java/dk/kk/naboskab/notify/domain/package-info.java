/** The notify context's domain: what a user is told, in the portal. */
package dk.kk.naboskab.notify.domain;
