package dk.kk.naboskab.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the test classes: as found, except that {@code ClusterJourneyIT}, {@code
 * LogPrivacyIT} and {@code MissingConfigurationIT} come last, in that order, so the bare Payara it
 * reads ({@link MisconfiguredPortal}) has booted beside the journeys by then. Named in {@code
 * junit-platform.properties}.
 */
public final class SuiteOrder implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: every other class keeps its place.
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(
                d ->
                    switch (d.getTestClass().getSimpleName()) {
                      // Its two extra nodes run the portal's timers on the shared database with
                      // the real clock: after the journeys, which pin the test clock.
                      case "ClusterJourneyIT" -> 1;
                      // Reads every log the run wrote, the cluster's included.
                      case "LogPrivacyIT" -> 2;
                      case "MissingConfigurationIT" -> 3;
                      default -> 0;
                    }));
  }
}
