package dk.kk.naboskab.audit.application;

import dk.kk.naboskab.shared.Watch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The read log's state for operations (#19): whether the chain still holds, checked seal by seal as
 * it grows from where this node started watching (the whole chain is {@link VerifyReadLog}'s and
 * the administrators' page's), and how far the sealer is behind.
 */
@ApplicationScoped
public class ReadLogWatch {
  private static final Logger LOG = Logger.getLogger(ReadLogWatch.class.getName());

  @Inject ChainSealer sealer;

  /** The newest seal found to hold; -1 until the first look (which starts at the head). */
  private long checkedThrough = -1;

  private boolean broken;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Watch.registry().ifPresent(this::register);
  }

  private void register(MetricRegistry registry) {
    var growth = Watch.fresh(this::look);
    Watch.gauge(
        registry,
        "naboskab.read.log.chain.intact",
        MetricUnits.NONE,
        "1 while every seal added since this node started follows the one before it; 0 from the"
            + " first that does not",
        () -> growth.get().verdict().intact() && !broken ? 1 : 0);
    Watch.gauge(
        registry,
        "naboskab.read.log.unsealed",
        MetricUnits.NONE,
        "Read-log rows waiting for the sealer (it runs every 5 seconds)",
        () -> growth.get().unsealed());
    Watch.gauge(
        registry,
        "naboskab.read.log.oldest.unsealed",
        MetricUnits.SECONDS,
        "Age of the oldest read-log row waiting for the sealer",
        () -> growth.get().oldestUnsealedSeconds());
  }

  private synchronized ChainSealer.Growth look() {
    if (checkedThrough < 0) {
      checkedThrough = sealer.head().seq();
    }
    var growth = sealer.growthAfter(checkedThrough);
    var verdict = growth.verdict();
    if (!verdict.intact() && !broken) {
      broken = true;
      LOG.severe(
          () ->
              "The read log's chain does not hold after seal "
                  + checkedThrough
                  + ": "
                  + verdict.firstBreak().orElseThrow());
    }
    if (verdict.intact()) {
      checkedThrough = verdict.headSeq();
    }
    return growth;
  }
}
