package dk.kk.naboskab.concern.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Actor;
import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The durations the figures are made of, by hand, across Easter 2026: filed Wednesday 1 April at
 * 15:00; Skærtorsdag (2nd), Langfredag (3rd), the weekend and 2. påskedag (6th) are closed; a
 * working day is 08:00–16:00 (480 minutes) from Monday to Thursday.
 *
 * <pre>
 *   acknowledged   Tue 7 April 09:00   Wed 60 + Tue 60                          =  120 min
 *   info requested Tue 7 April 10:00   first reply: Wed 60 + Tue 120            =  180 min
 *   info provided  Wed 8 April 10:00   pause: Tue 10–16 (360) + Wed 8–10 (120)  =  480 min
 *   resolved       Thu 9 April 16:00   Wed 60 + Tue 480 + Wed 480 + Thu 480 − 480 = 1020 min
 * </pre>
 */
class ConcernClocksTest {
  private static final Actor HANNE = new Actor("hanne", "Hanne");
  private static final Actor BO = new Actor("bo", "Bo");

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 4, day, hour, 0).atZone(BusinessCalendar.COPENHAGEN).toInstant();
  }

  private static Concern filedWednesdayAfternoon(Urgency urgency) {
    return new Concern(
        new Concern.Filing(
            "c-" + urgency,
            1,
            2,
            3,
            new Category("NOISE", "Støj", "Noise", "Relationer", 1),
            urgency,
            "Larm",
            null,
            null,
            null),
        HANNE,
        at(1, 15),
        7L,
        "Bo");
  }

  @Test
  void theDurationsSkipTheEasterHolidaysTheWeekendAndTheWaitForInformation() {
    var concern = filedWednesdayAfternoon(Urgency.NORMAL);
    var timeline = new ArrayList<ConcernEvent>();
    timeline.addAll(concern.take(Step.ACKNOWLEDGE, BO, null, at(7, 9)));
    timeline.addAll(concern.take(Step.REQUEST_INFO, BO, "Hvornår?", at(7, 10)));
    timeline.addAll(concern.take(Step.PROVIDE_INFO, HANNE, "Om natten.", at(8, 10)));
    timeline.addAll(concern.resolve(Outcome.HOME_VISIT, "Besøgt.", BO, at(9, 16)));

    var measures =
        ConcernClocks.measures(
            concern, timeline, ResponsePolicy.proposal(), BusinessCalendar.copenhagen());

    assertEquals(
        List.of(
            new ConcernClocks.Measure(ClockKind.ACKNOWLEDGE, 120, true),
            new ConcernClocks.Measure(ClockKind.FIRST_REPLY, 180, true),
            new ConcernClocks.Measure(ClockKind.RESOLUTION, 1020, true)),
        measures);
  }

  @Test
  void aRunningClockIsNotMeasuredAndAClockWithoutTargetHasNoVerdict() {
    var concern = filedWednesdayAfternoon(Urgency.ACUTE);
    var timeline = new ArrayList<ConcernEvent>();
    timeline.addAll(concern.take(Step.ACKNOWLEDGE, BO, null, at(7, 9)));

    var beforeResolution =
        ConcernClocks.measures(
            concern, timeline, ResponsePolicy.proposal(), BusinessCalendar.copenhagen());
    timeline.addAll(concern.resolve(Outcome.HOME_VISIT, "Besøgt.", BO, at(7, 12)));
    var resolved =
        ConcernClocks.measures(
            concern, timeline, ResponsePolicy.proposal(), BusinessCalendar.copenhagen());

    assertEquals(
        List.of(new ConcernClocks.Measure(ClockKind.ACKNOWLEDGE, 120, true)),
        beforeResolution,
        "acute: acknowledge within 2 business hours; exactly on the target is met");
    assertEquals(new ConcernClocks.Measure(ClockKind.RESOLUTION, 300, null), resolved.get(2));
  }
}
