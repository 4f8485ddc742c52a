/**
 * The demo: one command ({@code mvn -Pdemo}) runs an embedded MariaDB, a real Keycloak with the
 * demo realm and the portal on Payara Micro, and stops all of them on Ctrl-C. Lives with the tests
 * because it shares their servers and must never be part of the WAR.
 */
package dk.kk.naboskab.dev;
