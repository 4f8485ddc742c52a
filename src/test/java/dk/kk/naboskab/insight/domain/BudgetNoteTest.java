package dk.kk.naboskab.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The 2011 budget note, recomputed from its own inputs. */
class BudgetNoteTest {
  private static final BudgetNote NOTE = BudgetNote.OF_2011;

  @Test
  void aThirdOf62PositionsServesCitizensInTheirOwnHomes() {
    assertEquals(
        new BigDecimal("20.7"), NOTE.ownHomePositions().setScale(1, RoundingMode.HALF_EVEN));
  }

  @Test
  void thoseHoursReachAbout568CitizensInTheirOwnHomes() {
    assertEquals(new BigDecimal("568"), NOTE.ownHomeCitizens().setScale(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void todayThatIs27Point5CitizensPerOwnHomePosition() {
    assertEquals(new BigDecimal("27.5"), NOTE.perOwnHomePositionToday());
  }

  @Test
  void eightNewOwnHomePositionsBringItTo19Point8() {
    assertEquals(new BigDecimal("19.8"), NOTE.perOwnHomePositionAfter());
  }

  @Test
  void theNotesPrinted19Point6CountsTheOwnHomePositionsAsAWhole21() {
    var wholePositions = NOTE.ownHomePositions().setScale(0, RoundingMode.HALF_UP);
    assertEquals(new BigDecimal("21"), wholePositions);
    assertEquals(
        BudgetNote.PRINTED_AFTER,
        NOTE.ownHomeCitizens()
            .divide(wholePositions.add(NOTE.newPositions()), 1, RoundingMode.HALF_EVEN));
  }

  @Test
  void withoutNewPositionsNothingChanges() {
    var none =
        new BudgetNote(
            NOTE.positions(), NOTE.ownHomeShare(), NOTE.citizensPerPosition(), BigDecimal.ZERO);
    assertEquals(none.perOwnHomePositionToday(), none.perOwnHomePositionAfter());
  }

  @Test
  void aShareAboveTheWholeOrNoPositionsIsNoNote() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BudgetNote(BigDecimal.TEN, new BigDecimal("1.5"), BigDecimal.TEN, BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BudgetNote(BigDecimal.ZERO, new BigDecimal("0.3"), BigDecimal.TEN, BigDecimal.ONE));
  }
}
