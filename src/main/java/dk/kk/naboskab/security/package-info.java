/**
 * Who the user is: sign-in through Keycloak (OpenID Connect), roles, the current user's
 * association, unit and worker type, and the start page each role lands on.
 */
package dk.kk.naboskab.security;
