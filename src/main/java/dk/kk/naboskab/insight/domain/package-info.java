/**
 * The insight context's rules: how new positions are split between the adult units, and the
 * yardsticks the figures are held against.
 */
package dk.kk.naboskab.insight.domain;
