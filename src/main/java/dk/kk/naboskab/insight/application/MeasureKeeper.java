package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.application.ClockSettingsChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, measures the concerns that changed, a batch at a time, for at most half a minute
 * per tick. A tick looks only at concerns changed since shortly before the last complete pass
 * ({@code concern.changed_at}, an index range); the first tick after start-up, one an hour and the
 * next after a change to the clock's settings compare every concern with its measure (at a million
 * concerns a few seconds), which also catches rows written outside the portal.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Its own work runs in Measures' transactions; created at deployment, never lazily inside a
// request's transaction ending (a settings change observed AFTER_SUCCESS), where Payara failed
// to create it and left the figures unmeasured for the rest of the deployment.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MeasureKeeper {
  private static final Logger LOG = Logger.getLogger(MeasureKeeper.class.getName());
  private static final int BATCH = 500;
  private static final long BUDGET_NANOS = 30_000_000_000L;
  private static final long SWEEP_EVERY_NANOS = 3_600_000_000_000L;

  /**
   * How far before the last complete pass a tick looks: a transaction that changed a concern but
   * committed later than the pass read is still seen, as long as it took less than this.
   */
  private static final long OVERLAP_MILLIS = 15 * 60_000L;

  @Inject Measures measures;
  @Inject KeptFigures figures;

  private final AtomicBoolean busy = new AtomicBoolean();

  /** Concerns changed at or after this are looked at; null: every concern, at the next tick. */
  private volatile Timestamp since;

  private volatile long nextSweep;

  /** When the last complete pass began (System.nanoTime()); at first, when this keeper began. */
  private volatile long lastPass = System.nanoTime();

  /**
   * How far the figures may be behind the concerns, in seconds: since the last complete pass began
   * on this node (a minute or so when all is well). For operations' gauge (#19).
   */
  public long lagSeconds() {
    return (System.nanoTime() - lastPass) / 1_000_000_000L;
  }

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      var began = System.nanoTime();
      var started = measures.databaseNow();
      var window = since == null || System.nanoTime() - nextSweep > 0 ? null : since;
      var deadline = System.nanoTime() + BUDGET_NANOS;
      var total = 0;
      int measured;
      do {
        measured = measures.refreshStale(BATCH, window);
        total += measured;
      } while (measured == BATCH && System.nanoTime() < deadline);
      if (measured < BATCH) {
        // A complete pass: next time, only what changed since shortly before it began.
        since = new Timestamp(started.getTime() - OVERLAP_MILLIS);
        lastPass = began;
        if (window == null) {
          nextSweep = System.nanoTime() + SWEEP_EVERY_NANOS;
        }
      }
      if (total > 0) {
        var count = total;
        LOG.fine(() -> "Measured " + count + " concern(s)");
      }
      // What readers asked for lately, computed again now if the measures changed, not when the
      // next reader opens the page (ADR 30).
      figures.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Measuring concerns failed; the next tick tries again", e);
    } finally {
      busy.set(false);
    }
  }

  /** The calendar or the targets changed: every concern is compared at the next tick. */
  public void clockSettingsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ClockSettingsChanged event) {
    since = null;
  }
}
