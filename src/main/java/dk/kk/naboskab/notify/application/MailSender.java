package dk.kk.naboskab.notify.application;

import dk.kk.naboskab.notify.infrastructure.SmtpRelay;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every ten seconds it claims due mails in batches, sends each batch over one
 * SMTP connection and records each mail's outcome as soon as it is known. No transaction spans the
 * sending; the claim's lease keeps another run (or instance) off the same mails meanwhile.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 50;

  /** How long a run holds its claim: far longer than a batch takes, even on a slow server. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** A tick stops claiming after this long and leaves the rest to the next. */
  private static final Duration TICK_BUDGET = Duration.ofSeconds(30);

  @Inject Outbox outbox;
  @Inject Clock clock;

  private final AtomicBoolean ticking = new AtomicBoolean();

  /** What one run did. */
  public record Delivery(int sent, int failed, int overtaken) {
    Delivery plus(Delivery other) {
      return new Delivery(sent + other.sent, failed + other.failed, overtaken + other.overtaken);
    }
  }

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!ticking.compareAndSet(false, true)) {
      return; // the previous tick still works through a long queue
    }
    try {
      var delivery = deliverDue(TICK_BUDGET);
      if (delivery.sent() > 0) {
        LOG.fine(() -> "Mail: " + delivery.sent() + " sent");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail delivery failed; the next tick tries again", e);
    } finally {
      ticking.set(false);
    }
  }

  /**
   * Sends what is due now, batch by batch, until nothing is due or {@code budget} has passed. Safe
   * to run at the same time as other runs, here or in another portal instance.
   */
  public Delivery deliverDue(Duration budget) {
    var run = UUID.randomUUID().toString();
    var relay = new SmtpRelay(SmtpRelay.Server.fromSettings());
    var deadline = System.nanoTime() + budget.toNanos();
    var total = new Delivery(0, 0, 0);
    while (System.nanoTime() < deadline) {
      var batch = outbox.claim(run, clock.instant(), LEASE, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      var counts = new int[3];
      var firstError = new String[1];
      relay.send(
          batch,
          result -> {
            var recorded = outbox.record(run, result, clock.instant());
            counts[!recorded ? 2 : result.sent() ? 0 : 1]++;
            if (!result.sent() && firstError[0] == null) {
              firstError[0] = result.error();
            }
          });
      total = total.plus(new Delivery(counts[0], counts[1], counts[2]));
      if (counts[1] > 0) {
        LOG.warning("Mail: " + counts[1] + " not sent, tried again later (" + firstError[0] + ")");
        break; // the server has trouble: the failed mails wait their back-off, the rest the next
        // tick
      }
    }
    return total;
  }
}
