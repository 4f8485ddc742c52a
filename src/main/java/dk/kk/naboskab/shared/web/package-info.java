/** What every page shares: the language switch. */
package dk.kk.naboskab.shared.web;
