package dk.kk.naboskab.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

  @Test
  void aWorkerOfTheWrongTypeIsRefusedOnTheWorker() {
    var candidate = new Assignment(1, WorkerType.HOME_SUPPORT, Period.from(MARCH_1));

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> AssignmentRules.check(candidate, WorkerType.SUPPORT_CONTACT, List.of()));

    assertEquals("worker", refused.field());
    assertEquals("assignment.wrongWorkerType", refused.messageKey());
  }

  @Test
  void twoWorkersInOneRoleAtOnceAreRefusedOnThePeriod() {
    var existing =
        List.of(
            new Assignment(
                1, WorkerType.SUPPORT_CONTACT, Period.between(MARCH_1, MARCH_1.plusMonths(3))));
    var candidate =
        new Assignment(2, WorkerType.SUPPORT_CONTACT, Period.from(MARCH_1.plusMonths(3)));

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> AssignmentRules.check(candidate, WorkerType.SUPPORT_CONTACT, existing));

    assertEquals("period", refused.field());
  }

  @Test
  void anOverlapWithAnOpenEndedAssignmentNamesItsStartAndNoEnd() {
    var existing = List.of(new Assignment(1, WorkerType.HOME_SUPPORT, Period.from(MARCH_1)));
    var candidate = new Assignment(2, WorkerType.HOME_SUPPORT, Period.from(MARCH_1.plusYears(1)));

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> AssignmentRules.check(candidate, WorkerType.HOME_SUPPORT, existing));

    assertEquals("assignment.overlapsOpen", refused.messageKey());
    assertEquals(List.of(MARCH_1), refused.arguments());
  }

  @Test
  void aHandOverTheDayAfterIsAllowed() {
    var existing =
        List.of(
            new Assignment(
                1, WorkerType.SUPPORT_CONTACT, Period.between(MARCH_1, MARCH_1.plusMonths(3))));
    var candidate =
        new Assignment(
            2, WorkerType.SUPPORT_CONTACT, Period.from(MARCH_1.plusMonths(3).plusDays(1)));

    assertDoesNotThrow(
        () -> AssignmentRules.check(candidate, WorkerType.SUPPORT_CONTACT, existing));
  }

  @Test
  void differentRolesMayOverlap() {
    var existing = List.of(new Assignment(1, WorkerType.HOUSING_ADVISOR, Period.from(MARCH_1)));
    var candidate = new Assignment(2, WorkerType.HOME_SUPPORT, Period.from(MARCH_1));

    assertDoesNotThrow(() -> AssignmentRules.check(candidate, WorkerType.HOME_SUPPORT, existing));
  }
}
