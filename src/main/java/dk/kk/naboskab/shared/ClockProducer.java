package dk.kk.naboskab.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one place the portal learns the time, so tests can fix it. */
@ApplicationScoped
public class ClockProducer {

  /** Copenhagen: every business rule (working hours, holidays) is local to it. */
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @Produces
  Clock clock() {
    return Clock.system(COPENHAGEN);
  }
}
