/**
 * Small things every context uses: the injected {@link java.time.Clock}, configuration, schema
 * migration and health checks.
 */
package dk.kk.naboskab.shared;
