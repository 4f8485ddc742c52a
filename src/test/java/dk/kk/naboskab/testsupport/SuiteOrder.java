package dk.kk.naboskab.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the test classes: as found, except that {@code MissingConfigurationIT} comes last,
 * so the bare Payara it reads ({@link MisconfiguredPortal}) has booted beside the journeys by then.
 * Named in {@code junit-platform.properties}.
 */
public final class SuiteOrder implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: every other class keeps its place.
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(
                d -> d.getTestClass().getSimpleName().equals("MissingConfigurationIT")));
  }
}
