package dk.kk.naboskab.pathway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.pathway.domain.Clarification.State;
import dk.kk.naboskab.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stay's state machine and its clarification counter, in calendar days (ADR 26). */
class ClarificationTest {
  private static final LocalDate INTAKE = LocalDate.of(2026, 9, 1);

  @Test
  void theCounterRunsInCalendarDaysWeekendsIncludedAndWarnsAtThreeQuarters() {
    // 1 September to 8 September 2026 spans a weekend: 7 days, not 5.
    var week = Clarification.of(INTAKE, null, null, INTAKE.plusDays(7), 90);
    assertEquals(7, week.daysSinceIntake());
    assertEquals(State.ON_TRACK, week.state());
    assertEquals(83L, week.daysLeft());
    assertEquals(
        State.ON_TRACK, Clarification.of(INTAKE, null, null, INTAKE.plusDays(67), 90).state());
    assertEquals(
        State.WARNING, Clarification.of(INTAKE, null, null, INTAKE.plusDays(68), 90).state());
    assertEquals(
        State.WARNING, Clarification.of(INTAKE, null, null, INTAKE.plusDays(90), 90).state());
    var late = Clarification.of(INTAKE, null, null, INTAKE.plusDays(95), 90);
    assertEquals(State.OVERDUE, late.state());
    assertEquals(-5L, late.daysLeft());
    assertEquals(100, late.percentUsed());
  }

  @Test
  void aRecommendationStopsTheCounterAndSaysWhetherItCameInTime() {
    var inTime = Clarification.of(INTAKE, INTAKE.plusDays(60), null, INTAKE.plusDays(200), 90);
    assertEquals(State.RECOMMENDED_IN_TIME, inTime.state());
    assertEquals(60L, inTime.daysToRecommendation());
    assertNull(inTime.daysLeft());
    assertEquals(200, inTime.daysSinceIntake(), "days since intake keep counting");
    assertEquals(
        State.RECOMMENDED_LATE,
        Clarification.of(INTAKE, INTAKE.plusDays(91), null, INTAKE.plusDays(100), 90).state());
    var ended = Clarification.of(INTAKE, null, INTAKE.plusDays(20), INTAKE.plusDays(200), 90);
    assertEquals(State.ENDED, ended.state());
    assertEquals(20, ended.daysSinceIntake(), "the count stops at the move-out");
  }

  @Test
  void theStayMovesOnlyForward() {
    assertTrue(StayStatus.STAYING.mayBecome(StayStatus.CLARIFIED));
    assertTrue(StayStatus.STAYING.mayBecome(StayStatus.RECOMMENDED));
    assertTrue(StayStatus.CLARIFIED.mayBecome(StayStatus.MOVED_OUT));
    assertFalse(StayStatus.RECOMMENDED.mayBecome(StayStatus.CLARIFIED));
    assertFalse(StayStatus.MOVED_OUT.mayBecome(StayStatus.STAYING));
    for (var next : StayStatus.values()) {
      assertFalse(StayStatus.MOVED_OUT.mayBecome(next), "moved out is the end");
    }
  }

  @Test
  void aRecommendationNeedsAJustificationAndOwnHomeATrackAndTheDaysMustLieInTheStay() {
    var today = INTAKE.plusDays(30);
    var stay = stay(today);
    var noWords =
        assertThrows(
            RuleViolation.class,
            () ->
                stay.recommend(Outcome.OWN_HOME, Support.HOME_SUPPORT, " ", today, "jonas", today));
    assertEquals("justification", noWords.field());
    var noTrack =
        assertThrows(
            RuleViolation.class,
            () -> stay.recommend(Outcome.OWN_HOME, null, "Kan bo selv.", today, "jonas", today));
    assertEquals("support", noTrack.field());
    var tomorrow =
        assertThrows(
            RuleViolation.class,
            () ->
                stay.recommend(
                    Outcome.OWN_HOME,
                    Support.NONE,
                    "Kan bo selv.",
                    today.plusDays(1),
                    "jonas",
                    today));
    assertEquals("stay.date.future", tomorrow.messageKey());
    assertEquals(StayStatus.STAYING, stay.getStatus(), "nothing half-done");

    stay.recommend(Outcome.OWN_HOME, Support.HOME_SUPPORT, "Kan bo selv.", today, "jonas", today);
    assertEquals(StayStatus.RECOMMENDED, stay.getStatus());
    var own = assertThrows(RuleViolation.class, () -> stay.approve("jonas", Instant.EPOCH));
    assertEquals("stay.approval.ownRecommendation", own.messageKey());
    stay.approve("mette", Instant.EPOCH);

    stay.moveOut(today, today);
    var closed = assertThrows(RuleViolation.class, stay::requireOpen);
    assertEquals("stay.closed", closed.messageKey());
    assertThrows(RuleViolation.class, () -> stay.moveOut(today, today));
  }

  @Test
  void aSecondCaseWorkerApprovesOrSendsBackAndOnlyThenTheCitizenWaitsForAFlat() {
    var today = INTAKE.plusDays(40);
    var stay = stay(today);
    stay.clarify(INTAKE.plusDays(20), today);
    var nothing = assertThrows(RuleViolation.class, () -> stay.approve("mette", Instant.EPOCH));
    assertEquals("stay.approval.notRecommended", nothing.messageKey());
    stay.recommend(Outcome.OWN_HOME, Support.NONE, "Kan bo selv.", today, "jonas", today);
    assertTrue(stay.awaitsApproval());
    assertTrue(stay.waitsForFlat(false), "without the setting it counts when recorded");
    assertFalse(stay.waitsForFlat(true), "with it, not before a second case worker approves");

    var ownBack =
        assertThrows(RuleViolation.class, () -> stay.sendBack("jonas", "Nej.", Instant.EPOCH));
    assertEquals("stay.approval.ownRecommendation", ownBack.messageKey());
    var noReason =
        assertThrows(RuleViolation.class, () -> stay.sendBack("mette", "  ", Instant.EPOCH));
    assertEquals("returnReason", noReason.field());
    var tooLong =
        assertThrows(
            RuleViolation.class, () -> stay.sendBack("mette", "x".repeat(2001), Instant.EPOCH));
    assertEquals("stay.return.reasonTooLong", tooLong.messageKey());
    assertEquals(StayStatus.RECOMMENDED, stay.getStatus(), "nothing half-done");

    stay.sendBack("mette", " Boevnen er ikke belyst. ", Instant.EPOCH);
    assertEquals(StayStatus.CLARIFIED, stay.getStatus(), "as it was before the recommendation");
    assertNull(stay.getOutcome());
    assertNull(stay.getRecommendedOn());
    assertNull(stay.getJustification());
    assertEquals("mette", stay.getReturnedBy());
    assertEquals("Boevnen er ikke belyst.", stay.getReturnReason());
    assertFalse(stay.waitsForFlat(false));
    var again = assertThrows(RuleViolation.class, () -> stay.approve("mette", Instant.EPOCH));
    assertEquals("stay.approval.notRecommended", again.messageKey());

    stay.recommend(Outcome.OWN_HOME, Support.NONE, "Belyst nu.", today, "jonas", today);
    assertNull(stay.getReturnedBy(), "the next recommendation answers the return");
    stay.approve("mette", Instant.EPOCH);
    assertFalse(stay.awaitsApproval());
    assertTrue(stay.waitsForFlat(true));
    var twice = assertThrows(RuleViolation.class, () -> stay.approve("sofie", Instant.EPOCH));
    assertEquals("stay.approval.already", twice.messageKey());
    var late =
        assertThrows(RuleViolation.class, () -> stay.sendBack("sofie", "Nej.", Instant.EPOCH));
    assertEquals("stay.approval.already", late.messageKey());
  }

  @Test
  void aCaseWorkerTakesTheCaseOnceAndNotAfterMoveOut() throws Exception {
    var today = INTAKE.plusDays(5);
    var stay = stay(today);
    var jonas = caseWorker(1L, "jonas");
    var sofie = caseWorker(2L, "sofie");
    stay.takenBy(jonas);
    assertEquals("jonas", stay.getCaseWorker().getUsername());
    var already = assertThrows(RuleViolation.class, () -> stay.takenBy(jonas));
    assertEquals("stay.caseWorker.already", already.messageKey());
    stay.takenBy(sofie);
    assertEquals("sofie", stay.getCaseWorker().getUsername(), "a colleague takes it over");
    stay.moveOut(today, today);
    var closed = assertThrows(RuleViolation.class, () -> stay.takenBy(jonas));
    assertEquals("stay.closed", closed.messageKey());
  }

  private static CaseWorker caseWorker(long id, String username) throws Exception {
    var worker = new CaseWorker(username, username, null, null);
    var field = CaseWorker.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(worker, id);
    return worker;
  }

  @Test
  void anIntakeCannotLieInTheFuture() {
    var refused = assertThrows(RuleViolation.class, () -> stayOn(INTAKE.plusDays(1), INTAKE));
    assertEquals("intakeDate", refused.field());
  }

  private static Stay stay(LocalDate today) {
    return stayOn(INTAKE, today);
  }

  private static Stay stayOn(LocalDate intake, LocalDate today) {
    return new Stay(
        new Shelter("S", "Herberg", "Gaden 1", 10),
        "Kim",
        "Larsen",
        "index",
        intake,
        null,
        null,
        today,
        Instant.EPOCH,
        "lise");
  }
}
