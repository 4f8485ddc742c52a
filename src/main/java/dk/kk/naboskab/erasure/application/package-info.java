/** The policy, the dry run, the run and its schedule. */
package dk.kk.naboskab.erasure.application;
