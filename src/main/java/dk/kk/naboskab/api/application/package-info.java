/** What the API keeps of its own: idempotency keys and each client's rate. */
package dk.kk.naboskab.api.application;
