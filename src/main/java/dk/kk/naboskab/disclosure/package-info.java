/**
 * The tenant's right of access (GDPR art. 15, CJEU C-579/21): everything the portal holds about a
 * tenant, and who read it, handed out by a coordinator as a PDF and its JSON twin. Reads the
 * published faces of tenancy, concern and audit; owns no table.
 */
package dk.kk.naboskab.disclosure;
