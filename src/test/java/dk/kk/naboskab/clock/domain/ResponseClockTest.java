package dk.kk.naboskab.clock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three clocks with a fixed "now": targets, the 75 % warning, overdue, and the pause rule. */
class ResponseClockTest {
  private final BusinessCalendar calendar = BusinessCalendar.copenhagen();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.COPENHAGEN).toInstant();
  }

  @Test
  void aBusinessDayIsTheSameTimeOnTheNextOpenDay() {
    assertEquals(at("2026-11-30T15:00"), calendar.plusDays(at("2026-11-27T15:00"), 1));
    assertEquals(at("2026-04-07T10:00"), calendar.plusDays(at("2026-04-01T10:00"), 1));
    // Friday 15:45 is after closing: the day counts from Monday 08:00.
    assertEquals(at("2026-12-01T08:00"), calendar.plusDays(at("2026-11-27T15:45"), 1));
    // Thursday 15:50 + 1 day lands on Friday, which closes at 15:30.
    assertEquals(at("2026-11-27T15:30"), calendar.plusDays(at("2026-11-26T15:50"), 1));
  }

  @Test
  void anAcuteConcernFiledFridayAfternoonIsDueMondayMorning() {
    var filed = at("2026-11-27T14:30");
    var target =
        ResponsePolicy.proposal().target(Urgency.ACUTE, ClockKind.ACKNOWLEDGE).orElseThrow();

    assertEquals(at("2026-11-30T09:00"), target.deadline(calendar, filed));
    var monday =
        ResponseClock.read(calendar, target, filed, null, List.of(), at("2026-11-30T08:45"));
    assertEquals(ResponseClock.State.WARNING, monday.state());
    assertEquals(Duration.ofMinutes(15), monday.left());
    var late = ResponseClock.read(calendar, target, filed, null, List.of(), at("2026-11-30T10:05"));
    assertEquals(ResponseClock.State.OVERDUE, late.state());
    assertEquals(Duration.ofMinutes(-65), late.left());
  }

  @Test
  void theWarningComesAtSeventyFivePercent() {
    var filed = at("2026-11-30T08:00");
    var target = Target.hours(4);

    assertEquals(
        ResponseClock.State.ON_TRACK,
        ResponseClock.read(calendar, target, filed, null, List.of(), at("2026-11-30T10:59"))
            .state());
    assertEquals(
        ResponseClock.State.WARNING,
        ResponseClock.read(calendar, target, filed, null, List.of(), at("2026-11-30T11:00"))
            .state());
  }

  @Test
  void aStoppedClockSaysWhetherTheTargetWasMet() {
    var filed = at("2026-11-30T08:00");

    assertEquals(
        ResponseClock.State.MET,
        ResponseClock.read(
                calendar,
                Target.hours(2),
                filed,
                at("2026-11-30T09:59"),
                List.of(),
                at("2026-12-10T09:00"))
            .state());
    assertEquals(
        ResponseClock.State.MISSED,
        ResponseClock.read(
                calendar,
                Target.hours(2),
                filed,
                at("2026-11-30T10:01"),
                List.of(),
                at("2026-12-10T09:00"))
            .state());
  }

  @Test
  void theResolutionClockStandsStillWhileTheAssociationIsAskedForInformation() {
    var filed = at("2026-11-30T08:00");
    var asked = new ResponseClock.Pause(at("2026-11-30T12:00"), at("2026-12-01T12:00"));

    var reading =
        ResponseClock.read(
            calendar, Target.hours(8), filed, null, List.of(asked), at("2026-12-01T14:00"));

    // 4 h before asking, 2 h after the answer; the 8 business hours in between do not count.
    assertEquals(Duration.ofHours(6), reading.used());
    assertEquals(ResponseClock.State.WARNING, reading.state());
    var stillWaiting =
        ResponseClock.read(
            calendar,
            Target.hours(8),
            filed,
            null,
            List.of(new ResponseClock.Pause(at("2026-11-30T12:00"), null)),
            at("2026-12-03T12:00"));
    assertEquals(Duration.ofHours(4), stillWaiting.used());
  }

  @Test
  void aTargetOfZeroOrNegativeLengthIsRefused() {
    assertEquals(
        "clock.target.positive",
        assertThrows(RuleViolation.class, () -> Target.hours(0)).messageKey());
    assertThrows(RuleViolation.class, () -> Target.days(-1));
  }
}
