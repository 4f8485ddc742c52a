/** MicroProfile Health checks: is the database there, is Keycloak there. */
package dk.kk.naboskab.shared.health;
