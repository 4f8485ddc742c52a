package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.shared.Watch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/** How far the figures are behind the concerns, for operations (#19). */
@ApplicationScoped
public class InsightWatch {
  @Inject MeasureKeeper keeper;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Watch.registry().ifPresent(this::register);
  }

  private void register(MetricRegistry registry) {
    Watch.gauge(
        registry,
        "naboskab.figures.keeper.lag",
        MetricUnits.SECONDS,
        "Since the figures' keeper last measured every changed concern (it runs every minute)",
        keeper::lagSeconds);
  }
}
