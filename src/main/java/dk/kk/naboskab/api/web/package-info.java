/** The API's resources, its JSON in and out, and its problem documents. */
package dk.kk.naboskab.api.web;
