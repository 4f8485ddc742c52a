package dk.kk.naboskab.testsupport;

import dk.kk.naboskab.shared.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The portal's clock in the test deployment: the real time until a test pins it (or sets it running
 * from a chosen day), so an in-container test can stand on a DST night, Easter, Grundlovsdag noon
 * or Friday 15:29 — and no test depends on the day it runs. Replaces {@link ClockProducer}'s clock
 * in the test WAR only (an alternative with a priority); the browser journeys never pin it. A test
 * that pins releases in {@code @AfterEach}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {
  private static volatile Instant pinned;
  private static volatile java.time.Duration offset = java.time.Duration.ZERO;

  /** From now on every bean reads this instant, until {@link #release()}. */
  public static void pin(Instant instant) {
    pinned = instant;
  }

  /** Pins the clock to a time of day in Copenhagen. */
  public static void pin(LocalDate day, LocalTime time) {
    pin(day.atTime(time).atZone(ClockProducer.COPENHAGEN).toInstant());
  }

  /**
   * From now on time runs as usual but from this instant in Copenhagen: for tests whose timers and
   * retries must see time pass, on a day of the test's choosing.
   */
  public static void runFrom(LocalDate day, LocalTime time) {
    pinned = null;
    offset =
        java.time.Duration.between(
            Instant.now(), day.atTime(time).atZone(ClockProducer.COPENHAGEN).toInstant());
  }

  /** Back to the real time. */
  public static void release() {
    pinned = null;
    offset = java.time.Duration.ZERO;
  }

  @Produces
  Clock clock() {
    return new Settable();
  }

  /** Real time, or the pinned instant; always in Copenhagen. */
  private static final class Settable extends Clock implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Clock system = Clock.system(ClockProducer.COPENHAGEN);

    @Override
    public ZoneId getZone() {
      return ClockProducer.COPENHAGEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return zone.equals(getZone()) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
      var at = pinned;
      return at != null ? at : system.instant().plus(offset);
    }
  }
}
