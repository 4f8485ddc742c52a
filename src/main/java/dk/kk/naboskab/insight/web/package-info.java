/** The insight context's pages: the figures with a filter bar, charts and exports. */
package dk.kk.naboskab.insight.web;
