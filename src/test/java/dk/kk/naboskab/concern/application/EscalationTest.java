package dk.kk.naboskab.concern.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.kk.naboskab.clock.domain.ResponseClock.State;
import dk.kk.naboskab.clock.domain.Urgency;
import org.junit.jupiter.api.Test;

class EscalationTest {
  @Test
  void overdueEscalatesAtAnyHour() {
    assertEquals("OVERDUE", Escalation.levelFor(State.OVERDUE, Urgency.NORMAL, false));
    assertEquals("OVERDUE", Escalation.levelFor(State.OVERDUE, Urgency.ACUTE, true));
  }

  @Test
  void aWarningForANonAcuteConcernWaitsForOfficeHours() {
    assertNull(Escalation.levelFor(State.WARNING, Urgency.NORMAL, false));
    assertNull(Escalation.levelFor(State.WARNING, Urgency.URGENT, false));
    assertEquals("WARNING", Escalation.levelFor(State.WARNING, Urgency.NORMAL, true));
    assertEquals("WARNING", Escalation.levelFor(State.WARNING, Urgency.ACUTE, false));
  }

  @Test
  void runningOnTrackOrStoppedClocksRaiseNothing() {
    for (var state : new State[] {State.ON_TRACK, State.MET, State.MISSED}) {
      assertNull(Escalation.levelFor(state, Urgency.ACUTE, true), state.name());
    }
  }
}
