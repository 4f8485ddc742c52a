/** The notify context's pages: the header's bell and the list of one's notifications. */
package dk.kk.naboskab.notify.web;
