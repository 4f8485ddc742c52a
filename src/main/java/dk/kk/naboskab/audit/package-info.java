/** The access and change log: who did what to which record, and when. Append-only. */
package dk.kk.naboskab.audit;
