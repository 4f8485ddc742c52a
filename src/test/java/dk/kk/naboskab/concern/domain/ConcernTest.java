package dk.kk.naboskab.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The concern's steps: what each writes on the timeline and which clocks it stops. */
class ConcernTest {
  private static final Instant FILED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor HANNE = new Actor("hanne", "Hanne Kjærgaard");
  private static final Actor BO = new Actor("bo", "Bo Lindholm");

  private static Concern concern(Urgency urgency) {
    return new Concern(
        new Concern.Filing(
            "c-1",
            1,
            2,
            3,
            new Category("NOISE", "Støj", "Noise", "Relationer", 1),
            urgency,
            "Høj musik hver nat",
            null,
            null,
            "hanne@fsb.example"),
        HANNE,
        FILED,
        7L,
        "Boligrådgiver Bo Lindholm er tilknyttet.");
  }

  private static List<ConcernEvent.Kind> kinds(List<ConcernEvent> events) {
    return events.stream().map(ConcernEvent::getKind).toList();
  }

  @Test
  void filingWritesTheFilingAndTheRouteAndAnAcuteOneAlertsTheTeam() {
    assertEquals(
        List.of(ConcernEvent.Kind.FILED, ConcernEvent.Kind.ROUTED),
        kinds(concern(Urgency.NORMAL).filingEvents("Bo Lindholm")));
    assertEquals(
        List.of(ConcernEvent.Kind.FILED, ConcernEvent.Kind.ROUTED, ConcernEvent.Kind.TEAM_ALERTED),
        kinds(concern(Urgency.ACUTE).filingEvents("Bo Lindholm")));
  }

  @Test
  void aReplyToANewConcernAcknowledgesItTooAndStopsBothClocks() {
    var concern = concern(Urgency.NORMAL);
    var at = FILED.plusSeconds(3600);

    var events = concern.take(Step.REPLY, BO, "Vi tager på hjemmebesøg i morgen.", at);

    assertEquals(List.of(ConcernEvent.Kind.ACKNOWLEDGED, ConcernEvent.Kind.REPLIED), kinds(events));
    assertEquals(at, concern.getAcknowledgedAt());
    assertEquals(at, concern.getFirstReplyAt());
    assertEquals(ConcernStatus.ACKNOWLEDGED, concern.getStatus());
  }

  @Test
  void anInternalNoteIsNeverVisibleToTheAssociationAndStopsNoClock() {
    var concern = concern(Urgency.NORMAL);

    var events = concern.take(Step.NOTE, BO, "Borgeren er indlagt.", FILED.plusSeconds(60));

    assertEquals(List.of(ConcernEvent.Kind.NOTE), kinds(events));
    assertFalse(events.get(0).isVisibleToAssociation());
    assertNull(concern.getAcknowledgedAt());
    assertEquals(ConcernStatus.NEW, concern.getStatus());
  }

  @Test
  void whatTheAssociationMaySeeIsDecidedByTheKindOfEvent() {
    assertTrue(ConcernEvent.Kind.REPLIED.isVisibleToAssociation());
    assertTrue(ConcernEvent.Kind.INFO_REQUESTED.isVisibleToAssociation());
    assertTrue(ConcernEvent.Kind.RESOLVED.isVisibleToAssociation());
    assertFalse(ConcernEvent.Kind.NOTE.isVisibleToAssociation());
    assertFalse(ConcernEvent.Kind.HANDED_OVER.isVisibleToAssociation());
    assertFalse(ConcernEvent.Kind.ROUTED.isVisibleToAssociation());
    assertFalse(ConcernEvent.Kind.TEAM_ALERTED.isVisibleToAssociation());
  }

  @Test
  void aReplyWithoutWordsIsRefusedOnTheTextAndChangesNothing() {
    var concern = concern(Urgency.NORMAL);

    var refused =
        assertThrows(RuleViolation.class, () -> concern.take(Step.REPLY, BO, "  ", FILED));

    assertEquals("text", refused.field());
    assertEquals(ConcernStatus.NEW, concern.getStatus());
    assertNull(concern.getAcknowledgedAt());
  }

  @Test
  void resolvingThenReopeningClearsTheOutcomeAndTheAssociationCanNotReopenAfterFourteenDays() {
    var concern = concern(Urgency.URGENT);
    concern.resolve(Outcome.HOME_VISIT, "Vi har været på besøg.", BO, FILED.plusSeconds(60));
    assertEquals(Outcome.HOME_VISIT, concern.getOutcome());

    concern.take(Step.REOPEN, HANNE, "Det fortsætter.", FILED.plusSeconds(120));
    assertNull(concern.getOutcome());
    assertEquals(ConcernStatus.REOPENED, concern.getStatus());

    var later = FILED.plusSeconds(180);
    concern.resolve(Outcome.SUPPORT_INCREASED, "Mere støtte.", BO, later);
    var tooLate = later.plus(Lifecycle.REOPEN_WINDOW);
    assertThrows(StepRefused.class, () -> concern.take(Step.REOPEN, HANNE, "Igen.", tooLate));
    assertEquals(ConcernStatus.CLOSED, concern.statusAt(tooLate));
  }

  @Test
  void aHandOverNeedsAReasonAndAnotherAssignee() {
    var concern = concern(Urgency.NORMAL);

    assertEquals(
        "assignee",
        assertThrows(
                RuleViolation.class, () -> concern.handOver(7L, "Bo Lindholm", "Ferie", BO, FILED))
            .field());
    var event = concern.handOver(null, "Boligsocialt beredskab", "Ferie", BO, FILED);
    assertNull(concern.getAssigneeWorkerId());
    assertEquals("Boligsocialt beredskab", event.getAssigneeName());
  }

  @Test
  void aRetiredCategoryCannotBeFiledUnder() {
    var retired = new Category("OLD", "Gammel", "Old", "—", 1);
    retired.change("Gammel", "Old", "—", 1, false);

    var refused =
        assertThrows(
            RuleViolation.class,
            () ->
                new Concern(
                    new Concern.Filing(
                        "c-2", 1, 2, 3, retired, Urgency.NORMAL, "x", null, null, null),
                    HANNE,
                    FILED,
                    null,
                    "team"));
    assertEquals("category", refused.field());
  }
}
