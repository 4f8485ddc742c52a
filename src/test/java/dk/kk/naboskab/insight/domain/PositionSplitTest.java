package dk.kk.naboskab.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.insight.domain.PositionSplit.Area;
import dk.kk.naboskab.insight.domain.PositionSplit.Step;
import dk.kk.naboskab.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked example: 8 new positions over six units with 56 000 flats between them. By hand, 8 ×
 * flats / 56 000:
 *
 * <pre>
 *   unit        flats   exact   whole  remainder (of 56 000)  →  whole positions
 *   Bispebjerg  14 200  2.029   2       1 600                    2
 *   Nørrebro    11 500  1.643   1      36 000  (3rd largest)     2
 *   Amager       9 800  1.400   1      22 400                    1
 *   Valby        8 300  1.186   1      10 400                    1
 *   Vesterbro    6 900  0.986   0      55 200  (largest)         1
 *   Østerbro     5 300  0.757   0      42 400  (2nd largest)     1
 * </pre>
 *
 * 5 handed out whole, 3 by the largest remainders. In half positions (16 halves): 4, 3, 2, 2, 1, 1
 * whole halves, remainders 3 200, 16 000, 44 800, 20 800, 54 400, 28 800 of 56 000 → Vesterbro,
 * Amager, Østerbro get the 3 left: 2.0, 1.5, 1.5, 1.0, 1.0, 1.0.
 */
class PositionSplitTest {
  private static final List<Area> SIX_UNITS =
      List.of(
          area("AMAGER", 9_800, 330, "12"),
          area("BISPEBJERG", 14_200, 440, "16"),
          area("NORREBRO", 11_500, 385, "14"),
          area("VALBY", 8_300, 275, "10"),
          area("VESTERBRO", 6_900, 220, "8"),
          area("OSTERBRO", 5_300, 165, "6"));

  private static Area area(String unit, long flats, long citizens, String fte) {
    return new Area(unit, unit, flats, citizens, new BigDecimal(fte));
  }

  private static Map<String, String> added(List<PositionSplit.Share> shares) {
    return shares.stream()
        .collect(Collectors.toMap(s -> s.area().unit(), s -> s.added().toPlainString()));
  }

  @Test
  void eightWholePositionsOverSixUnits() {
    var shares = PositionSplit.split(new BigDecimal("8"), Step.WHOLE, SIX_UNITS);

    assertEquals(
        Map.of(
            "BISPEBJERG", "2",
            "NORREBRO", "2",
            "AMAGER", "1",
            "VALBY", "1",
            "VESTERBRO", "1",
            "OSTERBRO", "1"),
        added(shares));
    var amager = shares.get(0);
    assertEquals(new BigDecimal("1.40"), amager.exactShare());
    assertEquals(new BigDecimal("27.5"), amager.perWorkerBefore(), "330 citizens on 12 positions");
    assertEquals(new BigDecimal("25.4"), amager.perWorkerAfter(), "330 / 13");
    assertEquals(new BigDecimal("13"), amager.fteAfter());
  }

  @Test
  void eightPositionsInHalvesOverSixUnits() {
    var shares = PositionSplit.split(new BigDecimal("8"), Step.HALF, SIX_UNITS);

    assertEquals(
        Map.of(
            "BISPEBJERG", "2",
            "NORREBRO", "1.5",
            "AMAGER", "1.5",
            "VALBY", "1",
            "VESTERBRO", "1",
            "OSTERBRO", "1"),
        added(shares));
  }

  @Test
  void theSplitAlwaysAddsUpToWhatWasGiven() {
    for (var n = 1; n <= 40; n++) {
      var positions = new BigDecimal(n).divide(new BigDecimal(2));
      var total =
          PositionSplit.split(positions, Step.HALF, SIX_UNITS).stream()
              .map(PositionSplit.Share::added)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, positions.compareTo(total), "for " + positions);
    }
  }

  @Test
  void equalRemaindersGoToTheUnitWithMoreFlatsThenByCode() {
    var shares =
        PositionSplit.split(
            BigDecimal.ONE,
            Step.WHOLE,
            List.of(area("B", 100, 0, "1"), area("A", 100, 0, "1"), area("C", 50, 0, "1")));

    assertEquals(Map.of("A", "1", "B", "0", "C", "0"), added(shares));
  }

  @Test
  void aUnitWithoutPositionsHasNoCitizensPerWorkerBefore() {
    var shares = PositionSplit.split(BigDecimal.ONE, Step.WHOLE, List.of(area("NEW", 10, 12, "0")));

    assertNull(shares.get(0).perWorkerBefore());
    assertEquals(new BigDecimal("12.0"), shares.get(0).perWorkerAfter());
  }

  @Test
  void nonsenseIsRefusedOnTheField() {
    assertEquals(
        "insight.split.positive",
        assertThrows(
                RuleViolation.class,
                () -> PositionSplit.split(BigDecimal.ZERO, Step.WHOLE, SIX_UNITS))
            .messageKey());
    var half =
        assertThrows(
            RuleViolation.class,
            () -> PositionSplit.split(new BigDecimal("7.5"), Step.WHOLE, SIX_UNITS));
    assertEquals("positions", half.field());
    assertEquals("insight.split.step.WHOLE", half.messageKey());
    assertEquals(
        "insight.split.tooMany",
        assertThrows(
                RuleViolation.class,
                () -> PositionSplit.split(new BigDecimal("1001"), Step.WHOLE, SIX_UNITS))
            .messageKey());
    assertEquals(
        "insight.split.noFlats",
        assertThrows(
                RuleViolation.class,
                () ->
                    PositionSplit.split(BigDecimal.ONE, Step.WHOLE, List.of(area("X", 0, 0, "1"))))
            .messageKey());
  }
}
