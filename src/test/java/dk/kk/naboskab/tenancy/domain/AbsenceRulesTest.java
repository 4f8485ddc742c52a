package dk.kk.naboskab.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenceRulesTest {
  private static final long A = 1;
  private static final long B = 2;
  private static final long C = 3;
  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2027, 1, 31);
  private static final LocalDate FEB_1 = LocalDate.of(2027, 2, 1);
  private static final LocalDate FEB_28 = LocalDate.of(2027, 2, 28);

  @Test
  void aChainIsAllowed() {
    var existing = List.of(new Absence(A, Period.between(JAN_1, JAN_31), B));
    assertDoesNotThrow(
        () -> AbsenceRules.check(new Absence(B, Period.between(JAN_1, JAN_31), C), existing));
  }

  @Test
  void aDirectLoopIsRefusedOnTheSubstitute() {
    var existing = List.of(new Absence(A, Period.between(JAN_1, JAN_31), B));

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> AbsenceRules.check(new Absence(B, Period.between(JAN_31, FEB_28), A), existing));

    assertEquals("substitute", refused.field());
    assertEquals("absence.substituteLoop", refused.messageKey());
  }

  @Test
  void aLoopThroughAChainIsRefused() {
    var existing =
        List.of(
            new Absence(A, Period.from(JAN_1), B),
            new Absence(B, Period.between(JAN_1, FEB_28), C));

    assertThrows(
        RuleViolation.class,
        () -> AbsenceRules.check(new Absence(C, Period.between(FEB_1, FEB_1), A), existing));
  }

  @Test
  void substitutesOnDifferentDaysMakeNoLoop() {
    // B→C in January and C→A in February never meet A→B on one day.
    var existing =
        List.of(
            new Absence(B, Period.between(JAN_1, JAN_31), C),
            new Absence(C, Period.between(FEB_1, FEB_28), A));

    assertDoesNotThrow(
        () -> AbsenceRules.check(new Absence(A, Period.between(JAN_1, FEB_28), B), existing));
  }

  @Test
  void overlappingAbsencesOfOneWorkerAreRefusedOnThePeriod() {
    var existing = List.of(new Absence(A, Period.between(JAN_1, JAN_31), B));

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> AbsenceRules.check(new Absence(A, Period.between(JAN_31, FEB_28), C), existing));

    assertEquals("period", refused.field());
  }

  @Test
  void aWorkerCannotSubstituteForThemselves() {
    var refused = assertThrows(RuleViolation.class, () -> new Absence(A, Period.from(JAN_1), A));
    assertEquals("absence.substituteIsSelf", refused.messageKey());
  }
}
