package dk.kk.naboskab.clock.application;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The calendar and policy in force, read once and kept until an administrator changes them: every
 * clock on every row of every list runs on them, and they change a few times a year. A change
 * ({@link ClockSettingsChanged}) forgets them once its transaction has ended; a read that raced
 * with the change is not kept. One portal instance's change reaches only that instance's cache —
 * with more than one node the event must travel the cluster (ADR 17).
 */
@ApplicationScoped
class ClockSettingsCache {
  /** The settings as one value; neither part is changed after it is built. */
  record InForce(BusinessCalendar calendar, ResponsePolicy policy) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile InForce kept;

  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public InForce get(Supplier<InForce> read) {
    var current = kept;
    if (current != null) {
      return current;
    }
    var before = generation.get();
    var fresh = read.get();
    synchronized (this) {
      if (generation.get() == before) {
        kept = fresh;
      }
    }
    return fresh;
  }

  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClockSettingsChanged change) {
    synchronized (this) {
      generation.incrementAndGet();
      kept = null;
    }
  }
}
