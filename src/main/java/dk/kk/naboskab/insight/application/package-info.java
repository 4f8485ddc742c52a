/**
 * The insight context's services: the figures' summary kept current, and the figures themselves as
 * SQL aggregations, scoped by who asks (an association sees its own; an analyst never a small
 * cell).
 */
package dk.kk.naboskab.insight.application;
