/** The pathway's pages: the residents, one resident, the intake. */
package dk.kk.naboskab.pathway.web;
