package dk.kk.naboskab.tenancy.domain;

import static dk.kk.naboskab.tenancy.domain.WorkerType.HOME_SUPPORT;
import static dk.kk.naboskab.tenancy.domain.WorkerType.HOUSING_ADVISOR;
import static dk.kk.naboskab.tenancy.domain.WorkerType.SUPPORT_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.naboskab.tenancy.domain.Responsibility.Assigned;
import dk.kk.naboskab.tenancy.domain.Responsibility.Away;
import dk.kk.naboskab.tenancy.domain.Responsibility.NobodyAssigned;
import dk.kk.naboskab.tenancy.domain.Responsibility.SubstituteLoop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponsibilityRuleTest {
  private static final long BO = 1;
  private static final long SARA = 2;
  private static final long HENRIK = 3;
  private static final long KIM = 4;

  private static final LocalDate MOVE_IN = LocalDate.of(2026, 3, 2);

  private final List<Assignment> assignments = new ArrayList<>();
  private final Map<Long, Collection<Absence>> absences = new HashMap<>();

  private Responsibility on(LocalDate day) {
    return ResponsibilityRule.on(day, assignments, id -> absences.getOrDefault(id, List.of()));
  }

  private void away(long worker, LocalDate from, LocalDate until, long substitute) {
    absences
        .computeIfAbsent(worker, k -> new ArrayList<>())
        .add(new Absence(worker, Period.between(from, until), substitute));
  }

  @Test
  void aTenantWithoutAnyWorkerGoesToTheTeam() {
    assertEquals(new Responsibility.Team(List.of(new NobodyAssigned())), on(MOVE_IN));
  }

  @Test
  void theHousingAdvisorAnswersWhenNoLongTermWorkerIsAssigned() {
    assignments.add(
        new Assignment(BO, HOUSING_ADVISOR, Period.between(MOVE_IN, MOVE_IN.plusMonths(3))));

    assertEquals(
        new Responsibility.Worker(BO, HOUSING_ADVISOR, List.of(new Assigned(BO, HOUSING_ADVISOR))),
        on(MOVE_IN));
  }

  @Test
  void aLongTermWorkerAnswersBeforeTheHousingAdvisor() {
    assignments.add(new Assignment(BO, HOUSING_ADVISOR, Period.from(MOVE_IN)));
    assignments.add(new Assignment(SARA, SUPPORT_CONTACT, Period.from(MOVE_IN)));

    assertEquals(SARA, ((Responsibility.Worker) on(MOVE_IN)).workerId());
  }

  @Test
  void theHomeSupportWorkerAnswersBeforeTheSkp() {
    assignments.add(new Assignment(SARA, SUPPORT_CONTACT, Period.from(MOVE_IN)));
    assignments.add(new Assignment(HENRIK, HOME_SUPPORT, Period.from(MOVE_IN)));

    assertEquals(HENRIK, ((Responsibility.Worker) on(MOVE_IN)).workerId());
  }

  @Test
  void anAssignmentCountsOnItsLastDayAndNotTheDayAfter() {
    var lastDay = MOVE_IN.plusMonths(6);
    assignments.add(new Assignment(SARA, SUPPORT_CONTACT, Period.between(MOVE_IN, lastDay)));
    assignments.add(new Assignment(BO, HOUSING_ADVISOR, Period.from(MOVE_IN)));

    assertEquals(SARA, ((Responsibility.Worker) on(lastDay)).workerId());
    assertEquals(BO, ((Responsibility.Worker) on(lastDay.plusDays(1))).workerId());
  }

  @Test
  void anAssignmentStartingTomorrowDoesNotAnswerToday() {
    assignments.add(new Assignment(HENRIK, HOME_SUPPORT, Period.from(MOVE_IN.plusDays(1))));

    assertEquals(new Responsibility.Team(List.of(new NobodyAssigned())), on(MOVE_IN));
  }

  @Test
  void anAbsentWorkersSubstituteAnswersAndTheRouteSaysWhy() {
    assignments.add(new Assignment(HENRIK, HOME_SUPPORT, Period.from(MOVE_IN)));
    var until = LocalDate.of(2026, 3, 3);
    away(HENRIK, MOVE_IN, until, SARA);

    assertEquals(
        new Responsibility.Worker(
            SARA,
            HOME_SUPPORT,
            List.of(new Assigned(HENRIK, HOME_SUPPORT), new Away(HENRIK, until, SARA))),
        on(MOVE_IN));
    assertEquals(java.util.Set.of(HENRIK, SARA), on(MOVE_IN).workerIds());
    assertEquals(HENRIK, ((Responsibility.Worker) on(until.plusDays(1))).workerId());
  }

  @Test
  void substitutesChain() {
    assignments.add(new Assignment(HENRIK, HOME_SUPPORT, Period.from(MOVE_IN)));
    away(HENRIK, MOVE_IN, MOVE_IN.plusDays(10), SARA);
    away(SARA, MOVE_IN.plusDays(5), MOVE_IN.plusDays(7), KIM);

    assertEquals(SARA, ((Responsibility.Worker) on(MOVE_IN.plusDays(4))).workerId());
    var day6 = (Responsibility.Worker) on(MOVE_IN.plusDays(6));
    assertEquals(KIM, day6.workerId());
    assertEquals(3, day6.route().size());
    assertEquals(SARA, ((Responsibility.Worker) on(MOVE_IN.plusDays(8))).workerId());
  }

  @Test
  void aSubstituteLoopInOldDataEndsAtTheTeam() {
    assignments.add(new Assignment(HENRIK, HOME_SUPPORT, Period.from(MOVE_IN)));
    away(HENRIK, MOVE_IN, MOVE_IN, SARA);
    away(SARA, MOVE_IN, MOVE_IN, HENRIK);

    var answer = on(MOVE_IN);

    assertEquals(
        new Responsibility.Team(
            List.of(
                new Assigned(HENRIK, HOME_SUPPORT),
                new Away(HENRIK, MOVE_IN, SARA),
                new Away(SARA, MOVE_IN, HENRIK),
                new SubstituteLoop(HENRIK))),
        answer);
  }

  @Test
  void anOpenEndedAbsenceHasNoLastDayInTheRoute() {
    assignments.add(new Assignment(BO, HOUSING_ADVISOR, Period.from(MOVE_IN)));
    absences.put(BO, List.of(new Absence(BO, Period.from(MOVE_IN), SARA)));

    var answer = (Responsibility.Worker) on(MOVE_IN.plusYears(1));

    assertEquals(new Away(BO, null, SARA), answer.route().get(1));
  }

  /**
   * The reverse question — whose concerns does this worker answer for while others are away — walks
   * the same chain: bo away to sara, sara away to henrik, so henrik stands in for both; kim and
   * henrik away to each other stand in for nobody.
   */
  @Test
  void whoStandsInForWhomFollowsTheSameChainBackwards() {
    var day = MOVE_IN.plusDays(3);
    away(BO, MOVE_IN, day, SARA);
    away(SARA, MOVE_IN, day, HENRIK);
    away(KIM, MOVE_IN, day.minusDays(1), HENRIK);

    assertEquals(java.util.Set.of(BO, SARA), standingIn(HENRIK, day));
    assertEquals(java.util.Set.of(), standingIn(SARA, day), "sara is away herself");
    assertEquals(java.util.Set.of(BO, SARA, KIM), standingIn(HENRIK, day.minusDays(1)));

    away(HENRIK, day.plusDays(1), day.plusDays(2), KIM);
    away(KIM, day.plusDays(1), day.plusDays(2), HENRIK);
    assertEquals(java.util.Set.of(), standingIn(HENRIK, day.plusDays(1)), "a loop ends nowhere");
    assertEquals(java.util.Set.of(), standingIn(KIM, day.plusDays(1)));
  }

  private java.util.Set<Long> standingIn(long worker, LocalDate day) {
    var away =
        absences.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(a -> a.period().contains(day)))
            .map(Map.Entry::getKey)
            .toList();
    return ResponsibilityRule.standingInFor(
        worker, day, away, id -> absences.getOrDefault(id, List.of()));
  }
}
