package dk.kk.naboskab.shared;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What operations watch (#19, docs/operations.md "Things to watch"): each context registers its own
 * gauges in MicroProfile Metrics' application registry at start-up, through these two helpers, so
 * that every gauge reads the database at most once per {@link #FRESH} however often it is scraped,
 * and a gauge that cannot be read (the database away) shows as NaN instead of failing the whole
 * scrape.
 */
public final class Watch {
  private static final Logger LOG = Logger.getLogger(Watch.class.getName());

  /** How long a value read for a gauge is shown before it is read again. */
  public static final Duration FRESH = Duration.ofSeconds(15);

  private Watch() {}

  /** The registry once looked up (empty: metrics off); null until the first look. */
  private static volatile Optional<MetricRegistry> registry;

  /**
   * The application's registry, or empty when Payara's metrics are switched off (the integration
   * tests' one Payara, or an operator's choice): then nothing is registered, counted or timed, and
   * the portal works as before. Looked up once, not injected: Payara fails to inject it when
   * metrics are off, and a bean that injected it could not be made.
   */
  public static Optional<MetricRegistry> registry() {
    var found = registry;
    if (found == null) {
      found = lookUp();
      registry = found;
    }
    return found;
  }

  private static Optional<MetricRegistry> lookUp() {
    try {
      // By its type: Payara's default producer reads the injection point, which a lookup has not.
      var found = CDI.current().select(MetricRegistry.class, new Application()).get();
      found.getNames(); // a proxy that cannot reach Payara's registry fails here
      return Optional.of(found);
    } catch (RuntimeException metricsOff) {
      LOG.log(
          Level.INFO,
          "MicroProfile Metrics are off ({0}): the figures for operations are not kept",
          String.valueOf(metricsOff));
      return Optional.empty();
    }
  }

  /**
   * Registers a gauge.
   *
   * @param name dotted, starting {@code naboskab.}; Prometheus sees dots as underscores
   * @param unit one of {@link org.eclipse.microprofile.metrics.MetricUnits}
   */
  public static void gauge(
      MetricRegistry registry,
      String name,
      String unit,
      String description,
      Supplier<? extends Number> value) {
    registry.gauge(
        Metadata.builder().withName(name).withUnit(unit).withDescription(description).build(),
        () -> {
          try {
            var number = value.get();
            return number == null ? Double.NaN : number.doubleValue();
          } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> name + " could not be read");
            return Double.NaN;
          }
        });
  }

  /** The application registry's qualifier, for a lookup. */
  @SuppressWarnings("all")
  private static final class Application
      extends jakarta.enterprise.util.AnnotationLiteral<
          org.eclipse.microprofile.metrics.annotation.RegistryType>
      implements org.eclipse.microprofile.metrics.annotation.RegistryType {
    @Override
    public MetricRegistry.Type type() {
      return MetricRegistry.Type.APPLICATION;
    }
  }

  /** A value read at most once per {@link #FRESH}, by whichever scrape comes first. */
  public static <T> Supplier<T> fresh(Supplier<T> read) {
    return new Fresh<>(read);
  }

  private static final class Fresh<T> implements Supplier<T> {
    private final Supplier<T> read;
    private T value;
    private long readAt;

    Fresh(Supplier<T> read) {
      this.read = read;
    }

    @Override
    public synchronized T get() {
      var now = System.nanoTime();
      if (value == null || now - readAt > FRESH.toNanos()) {
        value = read.get();
        readAt = now;
      }
      return value;
    }
  }
}
