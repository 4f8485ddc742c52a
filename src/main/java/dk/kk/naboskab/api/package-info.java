/**
 * The REST API for the associations' own systems and the municipality's warehouse (#18, ADR 27):
 * JAX-RS under {@code /api/v1}, bearer tokens checked by MicroProfile JWT, the same services and
 * scope rules as the pages, errors as problem documents (RFC 9457).
 */
package dk.kk.naboskab.api;
