package dk.kk.naboskab.erasure.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention policy every night at 02:30 (Copenhagen). Every node's timer fires; the
 * night's row in {@code retention_run} lets only the first one run (ADR 25).
 */
@Singleton
public class ErasureTimer {
  private static final Logger LOG = Logger.getLogger(ErasureTimer.class.getName());

  @Inject Erasure erasure;
  @Inject Clock clock;

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(hour = "2", minute = "30", timezone = "Europe/Copenhagen", persistent = false)
  void nightly() {
    try {
      var now = clock.instant();
      erasure
          .run(now, Erasure.Policy.configured(), "nightly", LocalDate.now(clock))
          .ifPresentOrElse(
              done ->
                  LOG.info(
                      () ->
                          "Erasure: "
                              + done.concerns()
                              + " concern(s) and "
                              + done.tenants()
                              + " tenant(s) anonymised, "
                              + done.attachments()
                              + " file(s) deleted"),
              () -> LOG.fine("Erasure: another node ran tonight"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Erasure failed; tomorrow night tries again", e);
    }
  }
}
