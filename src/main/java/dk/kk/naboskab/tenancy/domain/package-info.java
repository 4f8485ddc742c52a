/**
 * The tenancy context's domain: referred tenants, their support tracks and the workers who support
 * them.
 */
package dk.kk.naboskab.tenancy.domain;
