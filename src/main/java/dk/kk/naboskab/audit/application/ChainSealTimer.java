package dk.kk.naboskab.audit.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the read log every five seconds. Non-persistent: a missed tick is the next one's work, and
 * the chain's head lock keeps two nodes from sealing the same rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainSealTimer {
  private static final Logger LOG = Logger.getLogger(ChainSealTimer.class.getName());

  @Inject ChainSealer sealer;

  private final AtomicBoolean ticking = new AtomicBoolean();

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      var sealed = sealer.sealAll();
      if (sealed > 0) {
        LOG.fine(() -> "Read log: " + sealed + " row(s) sealed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sealing the read log failed; the next tick tries again", e);
    } finally {
      ticking.set(false);
    }
  }
}
