/** The notify context's way out: SMTP over Jakarta Mail. */
package dk.kk.naboskab.notify.infrastructure;
