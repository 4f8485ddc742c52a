package dk.kk.naboskab.bench;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponseClock;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.clock.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What reading a concern's clocks costs, against a baseline measured in the same run: the plain
 * wall-clock {@code Duration.between} a naive implementation would use. Concerns are filed at
 * random over the last two years by default, or the number of days given as the first argument (old
 * ones cost most: their span covers many days).
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/classes:target/test-classes
 * dk.kk.naboskab.bench.ClockBenchmark}
 */
public final class ClockBenchmark {
  private ClockBenchmark() {}

  public static void main(String[] args) {
    var calendar = BusinessCalendar.copenhagen();
    var policy = ResponsePolicy.proposal();
    var now = Instant.parse("2026-11-28T10:00:00Z");
    var random = new Random(42);
    var count = 20_000;
    var spanDays = args.length > 0 ? Integer.parseInt(args[0]) : 2 * 365;
    System.out.printf("concerns filed at random within the last %d days%n", spanDays);
    var filed = new Instant[count];
    for (var i = 0; i < count; i++) {
      filed[i] = now.minusSeconds((long) (random.nextDouble() * spanDays * 24 * 3600));
    }
    var target = policy.target(Urgency.NORMAL, ClockKind.RESOLUTION).orElseThrow();
    for (var round = 0; round < 3; round++) {
      var sink = 0L;
      var t0 = System.nanoTime();
      for (var at : filed) {
        sink += Duration.between(at, now).toMinutes();
      }
      var baseline = System.nanoTime() - t0;
      t0 = System.nanoTime();
      for (var at : filed) {
        for (var kind : ClockKind.values()) {
          var t = policy.target(Urgency.NORMAL, kind).orElse(target);
          sink += ResponseClock.read(calendar, t, at, null, List.of(), now).left().toMinutes();
        }
      }
      var clocks = System.nanoTime() - t0;
      System.out.printf(
          "round %d: %,d concerns · three clocks %.1f µs per concern · baseline %.3f µs · ratio %.0f× (sink %d)%n",
          round + 1,
          count,
          clocks / 1000.0 / count,
          baseline / 1000.0 / count,
          (double) clocks / Math.max(1, baseline),
          sink % 10);
    }
  }
}
