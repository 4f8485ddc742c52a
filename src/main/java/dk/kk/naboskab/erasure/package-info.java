/**
 * The retention policy (#16 part 3, ADR 25): what personal data is anonymised or deleted when, a
 * dry run before the first real run, a nightly run once across the cluster, and the log of runs.
 * The owners do the work on their own data (`ConcernErasure`, `TenantErasure`); this context
 * decides when and records what was done.
 */
package dk.kk.naboskab.erasure;
