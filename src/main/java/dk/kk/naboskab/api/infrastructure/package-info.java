/** The API's adapter to the outside: posting a signed event to a webhook's address. */
package dk.kk.naboskab.api.infrastructure;
