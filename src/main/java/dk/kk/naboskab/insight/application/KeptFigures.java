package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.shared.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Figures computed from the measures, kept until a measure changes (ADR 30). Every figure of
 * concerns the keeper measures rests on {@code concern_measure}, and nothing it shows changes
 * between two readers unless the keeper has written a measure since: what was computed is kept with
 * the newest {@code measured_at} at the time (V21), and one indexed statement tells whether that
 * still holds. After each of its ticks the keeper computes again what readers asked for lately
 * ({@link #refresh()}), so a reader seldom waits for a computation at all.
 *
 * <p>The key is everything the figures depend on, the reader's scope included: access is decided by
 * the caller before it asks, and one scope's figures are never another's.
 */
@ApplicationScoped
public class KeptFigures {
  private static final Logger LOG = Logger.getLogger(KeptFigures.class.getName());

  /** How many different asks are kept (each a few kilobytes of figures). */
  static final int KEPT = 64;

  /**
   * The longest anything is kept, changed measures or not: a group's name (a unit renamed) and a
   * measure written by two keepers at once with out-of-order times are right again after this.
   */
  static final Duration LONGEST = Duration.ofMinutes(5);

  /** What the keeper computes again after a change: what someone asked for within this. */
  static final Duration ASKED_LATELY = Duration.ofMinutes(15);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * While {@link #refresh()} computes again: the newest measure it found on starting, null
   * otherwise. Until it is done, a reader of figures it is computing gets those from before its
   * tick, at most one tick old, instead of computing the same figures a second time beside it.
   */
  private volatile Timestamp refreshing;

  private static final class Kept {
    final Timestamp measuredAt;
    final long computedAt;
    final Object figures;
    final Supplier<?> compute;
    volatile long askedAt;

    Kept(Timestamp measuredAt, long computedAt, Object figures, Supplier<?> compute, long askedAt) {
      this.measuredAt = measuredAt;
      this.computedAt = computedAt;
      this.figures = figures;
      this.compute = compute;
      this.askedAt = askedAt;
    }

    boolean holds(Timestamp newest, long now) {
      return Objects.equals(measuredAt, newest) && now - computedAt < LONGEST.toNanos();
    }
  }

  private final Map<Object, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * The kept figures for the key, or those {@code compute} gives now when a measure has changed
   * since (or none were kept).
   *
   * @param key everything the figures depend on (a record: equal keys, equal figures)
   * @param compute the figures, computed; kept and called again by {@link #refresh()}, so it may
   *     capture nothing of the request (no current user, no transaction)
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    // The newest measure first: a measure written while computing makes the next ask compute again.
    var newest = newestMeasure();
    var now = System.nanoTime();
    Kept found;
    synchronized (kept) {
      found = kept.get(key);
    }
    if (found != null && found.holds(newest, now)) {
      found.askedAt = now;
      return (T) found.figures;
    }
    var during = refreshing;
    if (found != null
        && during != null
        && during.equals(newest)
        && now - found.computedAt < LONGEST.toNanos()) {
      // The keeper wrote these measures and is computing these figures again: under load two
      // computations at once made the reader wait a second (the 200-user run of 2026-12-03).
      found.askedAt = now;
      return (T) found.figures;
    }
    var figures = compute.get();
    synchronized (kept) {
      kept.put(key, new Kept(newest, now, figures, compute, now));
    }
    return figures;
  }

  /**
   * Computes again what readers asked for lately when a measure has changed since, and forgets what
   * nobody asked for lately. The keeper calls it after each tick. Meanwhile readers of what it
   * computes get the figures from before the tick, unless a measure changes again.
   */
  public void refresh() {
    var newest = newestMeasure();
    refreshing = newest;
    try {
      computeAgain(newest);
    } finally {
      refreshing = null;
    }
  }

  private void computeAgain(Timestamp newest) {
    var now = System.nanoTime();
    List<Map.Entry<Object, Kept>> entries;
    synchronized (kept) {
      kept.values().removeIf(k -> now - k.askedAt > ASKED_LATELY.toNanos());
      entries = List.copyOf(kept.entrySet());
    }
    for (var entry : entries) {
      var old = entry.getValue();
      if (old.holds(newest, now)) {
        continue;
      }
      try {
        var fresh = new Kept(newest, now, old.compute.get(), old.compute, old.askedAt);
        synchronized (kept) {
          kept.put(entry.getKey(), fresh);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Computing kept figures again failed; the next reader will", e);
        synchronized (kept) {
          kept.remove(entry.getKey());
        }
      }
    }
  }

  /** The newest measure's time: it changes whenever the keeper writes a measure that differs. */
  private Timestamp newestMeasure() {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement("select max(measured_at) from concern_measure");
        var rows = statement.executeQuery()) {
      rows.next();
      return rows.getTimestamp(1);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the measures' newest change failed", e);
    }
  }
}
