package dk.kk.naboskab.api.application;

import dk.kk.naboskab.api.infrastructure.WebhookPoster;
import dk.kk.naboskab.shared.Setting;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the webhooks' events every ten seconds: claims what is due, posts each signed event and
 * records each outcome as soon as it is known. The body holds the event's id, its kind, the
 * concern's id and address — no personal data; the receiver fetches the concern with its token.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {
  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
  private static final int BATCH = 20;
  static final Duration LEASE = Duration.ofMinutes(5);
  private static final Duration TICK_BUDGET = Duration.ofSeconds(30);

  @Inject WebhookOutbox outbox;
  @Inject WebhookPoster poster;
  @Inject Clock clock;

  private final AtomicBoolean ticking = new AtomicBoolean();

  /** Looked up once, not by every {@code Json.createObjectBuilder}. */
  private static final jakarta.json.spi.JsonProvider JSON =
      jakarta.json.spi.JsonProvider.provider();

  /** What one run did. */
  public record Run(int delivered, int failed) {}

  // No transaction around the tick: each call in it has its own. A tick whose call failed (the
  // database away) still counts as a failed delivery to Payara, which cancelled the timer for good
  // after two; the pre-boot setting reschedule-failed-timer keeps it for its next time (#19).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      deliverDue(TICK_BUDGET);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook delivery failed; the next tick tries again", e);
    } finally {
      ticking.set(false);
    }
  }

  /** Delivers what is due now, for at most {@code budget}. */
  public Run deliverDue(Duration budget) {
    var run = UUID.randomUUID().toString();
    var until = clock.instant().plus(budget);
    int delivered = 0;
    int failed = 0;
    while (clock.instant().isBefore(until)) {
      var due = outbox.claim(run, clock.instant(), LEASE, BATCH);
      for (var d : due) {
        var kind = "concern." + d.kind().toLowerCase(Locale.ROOT).replace('_', '-');
        var body =
            JSON.createObjectBuilder()
                .add("id", d.eventId())
                .add("type", kind)
                .add("concern", d.concern())
                .add("occurredAt", d.occurredAt().toString())
                .add("href", Setting.PORTAL_URL.value() + "/api/v1/concerns/" + d.concern())
                .build()
                .toString();
        var outcome = poster.post(d.url(), d.secret(), d.eventId(), kind, body, clock.instant());
        outbox.record(run, d.id(), outcome.status(), outcome.error(), clock.instant());
        if (outcome.delivered()) {
          delivered++;
        } else {
          failed++;
        }
      }
      if (due.size() < BATCH) {
        break;
      }
    }
    return new Run(delivered, failed);
  }
}
