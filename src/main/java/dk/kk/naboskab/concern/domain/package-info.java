/**
 * Concerns: what the association files, the state machine of working them, the immutable timeline
 * and its files.
 */
package dk.kk.naboskab.concern.domain;
