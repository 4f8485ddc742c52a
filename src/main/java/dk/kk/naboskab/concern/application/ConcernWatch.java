package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.shared.Watch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Open and overdue concerns for operations (#19), as the escalation's last minute found them: it
 * reads every open concern's clocks anyway, so the gauges cost nothing more (NaN until its first
 * run on this node).
 */
@ApplicationScoped
public class ConcernWatch {

  private volatile Escalation.Tally last;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Watch.registry().ifPresent(this::register);
  }

  private void register(MetricRegistry registry) {
    Watch.gauge(
        registry,
        "naboskab.concerns.open",
        MetricUnits.NONE,
        "Concerns open (not resolved or closed), at the escalation's last run (every minute)",
        () -> last == null ? null : last.open());
    Watch.gauge(
        registry,
        "naboskab.concerns.overdue",
        MetricUnits.NONE,
        "Open concerns with a clock past its target, at the escalation's last run",
        () -> last == null ? null : last.overdue());
  }

  void record(Escalation.Tally tally) {
    last = tally;
  }
}
