package dk.kk.naboskab.insight.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits new positions between the adult units in proportion to the social-housing flats in each
 * unit's area, by the largest-remainder method in whole or half positions: every unit first gets
 * the whole steps its exact share holds, and the steps left go one each to the units with the
 * largest remainders (ties: more flats first, then the unit's code). The arithmetic is exact — the
 * remainders are compared as integers, never as rounded decimals.
 */
public final class PositionSplit {
  /** The most positions one split may hand out: a sanity bound, not a policy. */
  public static final BigDecimal MAX_POSITIONS = new BigDecimal("1000");

  /** The step positions are split in. */
  public enum Step {
    WHOLE(BigDecimal.ONE),
    HALF(new BigDecimal("0.5"));

    private final BigDecimal size;

    Step(BigDecimal size) {
      this.size = size;
    }

    public BigDecimal size() {
      return size;
    }
  }

  /**
   * A unit's area today.
   *
   * @param citizens the home-support workers' active citizens in the unit
   * @param fte the unit's home-support positions today
   */
  public record Area(String unit, String name, long flats, long citizens, BigDecimal fte)
      implements java.io.Serializable {
    public Area {
      Objects.requireNonNull(unit);
      Objects.requireNonNull(fte);
      if (flats < 0 || citizens < 0 || fte.signum() < 0) {
        throw new IllegalArgumentException("negative figures for " + unit);
      }
    }
  }

  /**
   * A unit's part of the split.
   *
   * @param exactShare the proportional share before rounding
   * @param perWorkerBefore citizens per position today, null without positions
   * @param perWorkerAfter citizens per position with the new ones, null without positions
   */
  public record Share(
      Area area,
      BigDecimal exactShare,
      BigDecimal added,
      BigDecimal fteAfter,
      BigDecimal perWorkerBefore,
      BigDecimal perWorkerAfter)
      implements java.io.Serializable {}

  private PositionSplit() {}

  /**
   * Splits {@code positions} over the areas.
   *
   * @throws RuleViolation on {@code positions} when it is not positive, above {@link
   *     #MAX_POSITIONS} or not a multiple of the step; on {@code areas} when no area has flats
   */
  public static List<Share> split(BigDecimal positions, Step step, List<Area> areas) {
    if (positions == null || positions.signum() <= 0) {
      throw new RuleViolation("positions", "insight.split.positive");
    }
    if (positions.compareTo(MAX_POSITIONS) > 0) {
      throw new RuleViolation("positions", "insight.split.tooMany", MAX_POSITIONS);
    }
    BigDecimal[] steps = positions.divideAndRemainder(step.size());
    if (steps[1].signum() != 0) {
      throw new RuleViolation(
          "positions", step == Step.WHOLE ? "insight.split.step.WHOLE" : "insight.split.step.HALF");
    }
    var totalFlats = areas.stream().mapToLong(Area::flats).sum();
    if (totalFlats <= 0) {
      throw new RuleViolation("areas", "insight.split.noFlats");
    }
    var slots = steps[0].longValueExact();

    // slots × flats / total = whole + remainder / total; compare remainders as integers.
    var whole = new long[areas.size()];
    var remainder = new long[areas.size()];
    var handed = 0L;
    for (var i = 0; i < areas.size(); i++) {
      var product = Math.multiplyExact(slots, areas.get(i).flats());
      whole[i] = product / totalFlats;
      remainder[i] = product % totalFlats;
      handed += whole[i];
    }
    var order = new ArrayList<Integer>();
    for (var i = 0; i < areas.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingLong(i -> -remainder[i])
            .thenComparingLong(i -> -areas.get(i).flats())
            .thenComparing(i -> areas.get(i).unit()));
    for (var k = 0; k < slots - handed; k++) {
      whole[order.get(k)]++;
    }

    var shares = new ArrayList<Share>();
    for (var i = 0; i < areas.size(); i++) {
      var area = areas.get(i);
      var added = step.size().multiply(BigDecimal.valueOf(whole[i]));
      var exact =
          positions
              .multiply(BigDecimal.valueOf(area.flats()))
              .divide(BigDecimal.valueOf(totalFlats), 2, RoundingMode.HALF_EVEN);
      var after = area.fte().add(added);
      shares.add(
          new Share(
              area,
              exact,
              added.stripTrailingZeros(),
              after,
              perWorker(area.citizens(), area.fte()),
              perWorker(area.citizens(), after)));
    }
    return shares;
  }

  private static BigDecimal perWorker(long citizens, BigDecimal fte) {
    return fte.signum() == 0
        ? null
        : BigDecimal.valueOf(citizens).divide(fte, 1, RoundingMode.HALF_EVEN);
  }
}
