package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.tenancy.domain.Responsibility.Assigned;
import dk.kk.naboskab.tenancy.domain.Responsibility.Away;
import dk.kk.naboskab.tenancy.domain.Responsibility.NobodyAssigned;
import dk.kk.naboskab.tenancy.domain.Responsibility.Step;
import dk.kk.naboskab.tenancy.domain.Responsibility.SubstituteLoop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * "Who is responsible for this tenant on this day?" — the one question routing asks of the tenancy
 * context. The long-term worker first (home-support worker, then SKP), else the housing advisor,
 * else the unit's housing-social team; an absent worker's concerns follow the substitute chain.
 */
public final class ResponsibilityRule {

  /** The order in which roles answer for a tenant. */
  public static final List<WorkerType> ROUTING_ORDER =
      List.of(WorkerType.HOME_SUPPORT, WorkerType.SUPPORT_CONTACT, WorkerType.HOUSING_ADVISOR);

  private ResponsibilityRule() {}

  /**
   * @param day the day in Copenhagen
   * @param assignments the tenant's assignments (any period)
   * @param absencesOf a worker's absences (any period)
   */
  public static Responsibility on(
      LocalDate day,
      Collection<Assignment> assignments,
      LongFunction<Collection<Absence>> absencesOf) {
    for (var role : ROUTING_ORDER) {
      var assigned =
          assignments.stream()
              .filter(a -> a.role() == role && a.period().contains(day))
              .findFirst();
      if (assigned.isPresent()) {
        return followSubstitutes(day, assigned.get(), absencesOf);
      }
    }
    return new Responsibility.Team(List.of(new NobodyAssigned()));
  }

  private static Responsibility followSubstitutes(
      LocalDate day, Assignment assignment, LongFunction<Collection<Absence>> absencesOf) {
    var route = new ArrayList<Step>();
    route.add(new Assigned(assignment.workerId(), assignment.role()));
    return substituteAtEndOfChain(day, assignment.workerId(), absencesOf, route)
        .<Responsibility>map(end -> new Responsibility.Worker(end, assignment.role(), route))
        .orElseGet(() -> new Responsibility.Team(route));
  }

  /**
   * The away workers on the day whose substitute chain ends with {@code worker}: whose concerns
   * {@code worker} answers for. Walks the same chain as {@link #on}, from each away worker.
   *
   * @param away the workers with an absence that day
   */
  public static Set<Long> standingInFor(
      long worker,
      LocalDate day,
      Collection<Long> away,
      LongFunction<Collection<Absence>> absencesOf) {
    var result = new TreeSet<Long>();
    for (var absent : away) {
      if (absent != worker
          && substituteAtEndOfChain(day, absent, absencesOf, new ArrayList<>())
              .filter(end -> end == worker)
              .isPresent()) {
        result.add(absent);
      }
    }
    return result;
  }

  /**
   * From a worker along the substitutes of whoever is away on the day, to the first who is there;
   * empty when the chain loops. Appends each absence (and a loop) to {@code route}.
   */
  private static Optional<Long> substituteAtEndOfChain(
      LocalDate day, long start, LongFunction<Collection<Absence>> absencesOf, List<Step> route) {
    var visited = new HashSet<Long>();
    var current = start;
    visited.add(current);
    Optional<Absence> away;
    while ((away = absenceOn(day, absencesOf.apply(current))).isPresent()) {
      var absence = away.get();
      route.add(new Away(current, absence.period().until(), absence.substituteId()));
      current = absence.substituteId();
      if (!visited.add(current)) {
        route.add(new SubstituteLoop(current));
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  private static Optional<Absence> absenceOn(LocalDate day, Collection<Absence> absences) {
    return absences.stream().filter(a -> a.period().contains(day)).findFirst();
  }
}
