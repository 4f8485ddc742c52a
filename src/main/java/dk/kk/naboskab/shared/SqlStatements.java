package dk.kk.naboskab.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL round trips the current request has sent ({@link MeteredDataSource} counts, {@code
 * shared.web.PageCostMeter} opens and reads the tally): how many, and what — so a page over its
 * budget can say which statements it sent. Threads outside a request — timers, start-up — are not
 * measured.
 */
public final class SqlStatements {
  /** What one request keeps: the first {@value #KEPT} statements' text, and the count of all. */
  static final int KEPT = 100;

  private static final ThreadLocal<Tally> TALLY = new ThreadLocal<>();

  private SqlStatements() {}

  private static final class Tally {
    int count;
    final List<String> sent = new ArrayList<>();
  }

  /** Starts counting on this thread, afresh (whatever an earlier request left). */
  public static void start() {
    TALLY.set(new Tally());
  }

  /** The statements sent on this thread since {@link #start()}. */
  public static int counted() {
    var tally = TALLY.get();
    return tally == null ? 0 : tally.count;
  }

  /** The text of the statements sent since {@link #start()}, in order (the first hundred). */
  public static List<String> sent() {
    var tally = TALLY.get();
    return tally == null ? List.of() : List.copyOf(tally.sent);
  }

  /** Stops counting on this thread. */
  public static void stop() {
    TALLY.remove();
  }

  static void record(String what) {
    var tally = TALLY.get();
    if (tally != null) {
      tally.count++;
      if (tally.sent.size() < KEPT) {
        tally.sent.add(what);
      }
    }
  }
}
