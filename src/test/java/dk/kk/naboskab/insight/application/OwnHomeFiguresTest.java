package dk.kk.naboskab.insight.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.insight.domain.BudgetNote;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Today's figures read the way the 2011 budget note reads its own: fed the note's inputs, the
 * positions page and the caseload page give the note's answers.
 */
class OwnHomeFiguresTest {
  /** 62 positions, a third of them for own homes, 568 citizens there and 1 137 in boformer. */
  private static final List<Positions.UnitToday> AS_IN_THE_NOTE =
      List.of(
          new Positions.UnitToday(
              "A", "Amager", 4000, 180, 120, 600, new BigDecimal("33"), new BigDecimal("11")),
          new Positions.UnitToday(
              "B", "Brønshøj", 3000, 100, 168, 537, new BigDecimal("29"), new BigDecimal("9.667")));

  @Test
  void theNotesInputsGiveTheNotesFigures() {
    var today = Positions.Totals.of(AS_IN_THE_NOTE);

    assertEquals(0, new BigDecimal("62").compareTo(today.positions()));
    assertEquals(568, today.ownHomeCitizens());
    assertEquals(new BigDecimal("27.5"), today.perOwnHomePositionToday());
    assertEquals(new BigDecimal("27.5"), today.perPosition(), "568 + 1 137 citizens on 62");
    assertEquals(new BigDecimal("19.8"), today.perOwnHomePositionAfter(new BigDecimal("8")));
    assertEquals(
        BudgetNote.OF_2011.perOwnHomePositionAfter(),
        today.perOwnHomePositionAfter(new BigDecimal("8")));
  }

  @Test
  void theSplitIsOverTheCitizensInOwnHomesAndTheOwnHomePositions() {
    var areas = Positions.areas(AS_IN_THE_NOTE);

    assertEquals(300, areas.get(0).citizens(), "referred and counted others");
    assertEquals(0, new BigDecimal("11").compareTo(areas.get(0).fte()));
  }

  @Test
  void aHomeSupportWorkerIsHeldAgainstTheGoalByCitizensInOwnHomesPerOwnHomePosition() {
    // 9 referred + 1 counted = 10 in own homes on a third of a position: 30.0, above 19.6.
    var busy =
        new Caseloads.WorkerLoad(
            "Henrik",
            "Amager",
            "HOME_SUPPORT",
            BigDecimal.ONE,
            9,
            new BigDecimal("0.333"),
            YearMonth.of(2026, 11),
            1,
            18);
    // The same worker with half the hours for own homes: 10 / 0.5 = 20.0, still above.
    var half =
        new Caseloads.WorkerLoad(
            "Mette",
            "Amager",
            "HOME_SUPPORT",
            BigDecimal.ONE,
            9,
            new BigDecimal("0.5"),
            YearMonth.of(2026, 11),
            1,
            18);
    // 4 in own homes on a third: 12.0, under.
    var light =
        new Caseloads.WorkerLoad(
            "Ida",
            "Amager",
            "HOME_SUPPORT",
            BigDecimal.ONE,
            4,
            new BigDecimal("0.333"),
            null,
            null,
            null);
    var advisor =
        new Caseloads.WorkerLoad(
            "Bo",
            "Amager",
            "HOUSING_ADVISOR",
            new BigDecimal("0.5"),
            30,
            new BigDecimal("0.333"),
            null,
            null,
            null);

    assertEquals(new BigDecimal("30.0"), busy.perOwnHomePosition());
    assertEquals(new BigDecimal("28.0"), busy.perPosition(), "9 + 1 + 18 on one position");
    assertTrue(busy.isAboveTarget());
    assertEquals(new BigDecimal("20.0"), half.perOwnHomePosition());
    assertTrue(half.isAboveTarget());
    assertEquals(new BigDecimal("12.0"), light.perOwnHomePosition());
    assertEquals(new BigDecimal("4.0"), light.perPosition(), "not counted: the register alone");
    assertFalse(light.isAboveTarget());
    assertNull(advisor.perOwnHomePosition(), "the note measures home support only");
    assertEquals(new BigDecimal("60.0"), advisor.perPosition());
    assertFalse(advisor.isAboveTarget());
  }
}
