package dk.kk.naboskab.concern.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the escalation every minute. Non-persistent: a missed tick is simply the next one's work,
 * and the alerts' key keeps two instances from alerting twice.
 */
@Singleton
public class EscalationTimer {
  private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

  @Inject Escalation escalation;
  @Inject Clock clock;
  @Inject ConcernWatch watch;

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(minute = "*", hour = "*", persistent = false)
  void tick() {
    try {
      var tally = escalation.run(clock.instant());
      watch.record(tally);
      var raised = tally.raised();
      if (raised > 0) {
        LOG.info(() -> "Escalation raised " + raised + " alert(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Escalation failed; the next tick tries again", e);
    }
  }
}
