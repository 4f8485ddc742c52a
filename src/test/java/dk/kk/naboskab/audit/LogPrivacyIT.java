package dk.kk.naboskab.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.LogPrivacy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After every journey, the API's filings and the cluster's (SuiteOrder runs this last): no log of
 * the test run — the shared Payara's output in each class's report, the cluster's nodes' logs, the
 * servers' logs — holds a journey citizen's name, CPR number or filed text (#19).
 */
class LogPrivacyIT {
  @Test
  void noLogOfTheRunHoldsANameACprNumberOrAConcernsText() throws Exception {
    var target = Path.of(System.getProperty("naboskab.servers")).getParent();
    var places =
        List.of(
            target.resolve("failsafe-reports"),
            target.resolve("it-cluster"),
            target.resolve("it-logs"));
    assertTrue(
        Files.list(target.resolve("failsafe-reports")).findAny().isPresent(),
        "no report of the run to read: the check would pass on nothing");
    assertEquals(List.of(), LogPrivacy.linesHolding(places, LogPrivacy.PERSONAL));
  }
}
