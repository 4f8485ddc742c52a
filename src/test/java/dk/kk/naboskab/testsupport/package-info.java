/**
 * The real servers the tests and the demo run on — an embedded MariaDB, a Keycloak child process —
 * and the check that every test class ran tests.
 */
package dk.kk.naboskab.testsupport;
