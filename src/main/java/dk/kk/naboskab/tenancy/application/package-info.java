/**
 * The tenancy context's use cases: register referred tenants, assign workers, register absences,
 * and answer who is responsible.
 */
package dk.kk.naboskab.tenancy.application;
