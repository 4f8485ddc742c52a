/** The tenancy context's persistence and protection of personal data: JPA and CPR encryption. */
package dk.kk.naboskab.tenancy.infrastructure;
