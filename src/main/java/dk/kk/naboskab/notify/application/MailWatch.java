package dk.kk.naboskab.notify.application;

import dk.kk.naboskab.shared.Watch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/** The mail queue for operations (#19): what waits, what was given up, how old the oldest is. */
@ApplicationScoped
public class MailWatch {
  @Inject Outbox outbox;
  @Inject Clock clock;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Watch.registry().ifPresent(this::register);
  }

  private void register(MetricRegistry registry) {
    var queue = Watch.fresh(outbox::queue);
    Watch.gauge(
        registry,
        "naboskab.mail.waiting",
        MetricUnits.NONE,
        "Mails waiting to be sent (new, or to be tried again)",
        () -> queue.get().pending());
    Watch.gauge(
        registry,
        "naboskab.mail.given.up",
        MetricUnits.NONE,
        "Mails given up (refused for good, or ten failed tries); *Mailkø* sends them again",
        () -> queue.get().failed());
    Watch.gauge(
        registry,
        "naboskab.mail.oldest.waiting",
        MetricUnits.SECONDS,
        "Age of the oldest mail waiting to be sent; 0 when none waits",
        () -> {
          var oldest = queue.get().oldestPending();
          return oldest == null
              ? 0
              : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
        });
  }
}
