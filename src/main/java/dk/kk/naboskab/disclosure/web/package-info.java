/** The disclosure's download: a PDF in Danish and its JSON twin. */
package dk.kk.naboskab.disclosure.web;
