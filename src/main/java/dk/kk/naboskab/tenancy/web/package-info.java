/** The tenancy context's pages: the tenant lists of each role. */
package dk.kk.naboskab.tenancy.web;
