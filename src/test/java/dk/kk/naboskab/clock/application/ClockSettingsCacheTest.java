package dk.kk.naboskab.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.clock.domain.Target;
import dk.kk.naboskab.clock.domain.Urgency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClockSettingsCacheTest {
  private final ClockSettingsCache cache = new ClockSettingsCache();
  private final AtomicInteger reads = new AtomicInteger();

  private ClockSettingsCache.InForce read() {
    reads.incrementAndGet();
    return new ClockSettingsCache.InForce(
        BusinessCalendar.copenhagen(), ResponsePolicy.proposal().freeze());
  }

  @Test
  void readsOnceAndKeepsUntilAChange() {
    var first = cache.get(this::read);
    assertSame(first, cache.get(this::read));
    assertEquals(1, reads.get());

    cache.forget(new ClockSettingsChanged());
    cache.get(this::read);
    assertEquals(2, reads.get());
  }

  @Test
  void aReadThatRacedWithAChangeIsNotKept() {
    cache.get(
        () -> {
          var old = read();
          cache.forget(new ClockSettingsChanged()); // the change commits while we read
          return old;
        });
    cache.get(this::read);
    assertEquals(2, reads.get(), "the racing read was kept");
  }

  @Test
  void thePolicyInForceCannotBeChangedByOneOfItsReaders() {
    var policy = cache.get(this::read).policy();
    assertThrows(
        IllegalStateException.class,
        () -> policy.set(Urgency.ACUTE, ClockKind.ACKNOWLEDGE, Target.hours(1)));
  }
}
