package dk.kk.naboskab.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
    "NEW,           ACKNOWLEDGE,  ACKNOWLEDGED",
    "NEW,           REPLY,        ACKNOWLEDGED",
    "NEW,           NOTE,         NEW",
    "NEW,           HAND_OVER,    NEW",
    "NEW,           REQUEST_INFO, AWAITING_INFO",
    "NEW,           RESOLVE,      RESOLVED",
    "ACKNOWLEDGED,  REPLY,        ACKNOWLEDGED",
    "ACKNOWLEDGED,  REQUEST_INFO, AWAITING_INFO",
    "AWAITING_INFO, PROVIDE_INFO, ACKNOWLEDGED",
    "AWAITING_INFO, REPLY,        AWAITING_INFO",
    "AWAITING_INFO, RESOLVE,      RESOLVED",
    "RESOLVED,      CONFIRM,      CLOSED",
    "RESOLVED,      REOPEN,       REOPENED",
    "REOPENED,      ACKNOWLEDGE,  ACKNOWLEDGED",
    "CLOSED,        NOTE,         CLOSED"
  })
  void everyAllowedStepLeadsWhereItShould(ConcernStatus from, Step step, ConcernStatus to) {
    var resolvedAt = from == ConcernStatus.RESOLVED ? NOW.minus(Duration.ofDays(1)) : null;

    assertEquals(to, Lifecycle.after(from, step, resolvedAt, NOW));
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource({
    "ACKNOWLEDGED,  ACKNOWLEDGE",
    "ACKNOWLEDGED,  PROVIDE_INFO",
    "NEW,           CONFIRM",
    "NEW,           REOPEN",
    "RESOLVED,      REPLY",
    "RESOLVED,      RESOLVE",
    "CLOSED,        REOPEN",
    "CLOSED,        REPLY"
  })
  void aStepTheStatusDoesNotAllowIsRefusedNamingTheStep(ConcernStatus from, Step step) {
    var refused =
        assertThrows(
            StepRefused.class, () -> Lifecycle.after(from, step, NOW.minusSeconds(60), NOW));

    assertEquals("concern.stepRefused." + step.name(), refused.messageKey());
  }

  @Test
  void theAssociationMayReopenForFourteenDaysAndNotASecondLonger() {
    var resolvedAt = NOW.minus(Lifecycle.REOPEN_WINDOW);

    assertEquals(
        ConcernStatus.REOPENED,
        Lifecycle.after(ConcernStatus.RESOLVED, Step.REOPEN, resolvedAt, NOW.minusSeconds(1)));
    assertThrows(
        StepRefused.class,
        () -> Lifecycle.after(ConcernStatus.RESOLVED, Step.REOPEN, resolvedAt, NOW));
    assertEquals(
        ConcernStatus.CLOSED, Lifecycle.effective(ConcernStatus.RESOLVED, resolvedAt, NOW));
  }

  @Test
  void onlyTheMunicipalityWorksAConcernAndOnlyTheAssociationConfirmsIt() {
    for (var step : Step.values()) {
      var association = step == Step.PROVIDE_INFO || step == Step.CONFIRM || step == Step.REOPEN;
      assertEquals(association, step.side() == Step.Side.ASSOCIATION, step.name());
    }
    assertTrue(
        Lifecycle.allowed(ConcernStatus.CLOSED, null, NOW).stream().allMatch(s -> s == Step.NOTE));
  }

  @Test
  void theOpenStatusesAreTheOnesStillBeingWorked() {
    assertEquals(
        java.util.EnumSet.of(
            ConcernStatus.NEW,
            ConcernStatus.ACKNOWLEDGED,
            ConcernStatus.AWAITING_INFO,
            ConcernStatus.REOPENED),
        ConcernStatus.open());
  }
}
