/** What every page shares: the language switch and how forms report errors. */
package dk.kk.naboskab.shared.web;
