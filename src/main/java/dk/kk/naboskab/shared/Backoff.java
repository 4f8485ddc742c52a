package dk.kk.naboskab.shared;

import java.time.Duration;

/** How long an outbox waits before it tries again: the base, doubled after each failed try. */
public final class Backoff {
  private Backoff() {}

  /** The wait after the given number of failed tries: base × 2^(tries − 1), at most {@code max}. */
  public static Duration after(int failedTries, Duration base, Duration max) {
    var wait = base;
    for (var i = 1; i < failedTries && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
