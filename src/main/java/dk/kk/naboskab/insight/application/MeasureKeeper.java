package dk.kk.naboskab.insight.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, measures the concerns that changed (and, after an import or the first start, all
 * that were never measured), a batch at a time, for at most half a minute per tick.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MeasureKeeper {
  private static final Logger LOG = Logger.getLogger(MeasureKeeper.class.getName());
  private static final int BATCH = 500;
  private static final long BUDGET_NANOS = 30_000_000_000L;

  @Inject Measures measures;

  private final AtomicBoolean busy = new AtomicBoolean();

  @Schedule(minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      var deadline = System.nanoTime() + BUDGET_NANOS;
      var total = 0;
      int measured;
      do {
        measured = measures.refreshStale(BATCH);
        total += measured;
      } while (measured == BATCH && System.nanoTime() < deadline);
      if (total > 0) {
        var count = total;
        LOG.fine(() -> "Measured " + count + " concern(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Measuring concerns failed; the next tick tries again", e);
    } finally {
      busy.set(false);
    }
  }
}
