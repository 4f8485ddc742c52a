package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.MisconfiguredPortal;
import org.junit.jupiter.api.Test;

/**
 * The portal on a bare Payara Micro with no configuration at all: deployment stops, and the log's
 * first error names the missing setting instead of a connection failure in a stack trace. (That
 * Payara boots in the background while the journeys run: {@link MisconfiguredPortal}.)
 */
class MissingConfigurationIT {

  @Test
  void startingWithoutConfigurationNamesTheMissingSettingFirst() throws Exception {
    var lines = MisconfiguredPortal.logLines();
    var firstSevere =
        lines.stream().filter(l -> l.contains("SEVERE")).findFirst().orElse("(no SEVERE line)");

    assertTrue(
        firstSevere.contains("Configuration: NABOSKAB_DB_URL (naboskab.db.url) is not set"),
        firstSevere);
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains(
                        "NABOSKAB_OIDC_CLIENT_SECRET (naboskab.oidc.client-secret) is not set")),
        "every missing setting is named");
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("javax.enterprise.system.core")
                        && l.contains("Naboskab cannot start")),
        "Payara stops the deployment for it");
  }
}
