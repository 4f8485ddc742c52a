package dk.kk.naboskab.dev;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.tenancy.domain.Absence;
import dk.kk.naboskab.tenancy.domain.AbsenceRules;
import dk.kk.naboskab.tenancy.domain.Assignment;
import dk.kk.naboskab.tenancy.domain.AssignmentRules;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final DemoData data = DemoData.generate(2026, 2000, TODAY);

  @Test
  void theSameSeedGivesTheSameData() {
    var again = DemoData.generate(2026, 2000, TODAY);
    assertEquals(data.tenants, again.tenants);
    assertEquals(data.assignments, again.assignments);
    assertEquals(data.absences, again.absences);
  }

  @Test
  void theOrganisationHasTheBriefsShape() {
    assertEquals(6, data.units.size());
    assertEquals(10, data.associations.size());
    assertEquals(60, data.departments.size());
    var byType =
        data.workers.stream()
            .collect(Collectors.groupingBy(DemoData.WorkerRow::type, Collectors.counting()));
    assertEquals(32L, byType.get(WorkerType.HOUSING_ADVISOR));
    assertEquals(41L, byType.get(WorkerType.SUPPORT_CONTACT));
    assertEquals(62L, byType.get(WorkerType.HOME_SUPPORT));
  }

  /**
   * The caseload pages must show numbers a municipal reader recognises: 62 home-support positions,
   * about a third of their hours for own homes, and near 27.5 citizens per position both in own
   * homes (the referred tenants and the counted others) and in all.
   */
  @Test
  void homeSupportIsInTheBudgetNotesProportions() {
    var homeSupport =
        data.workers.stream().filter(w -> w.type() == WorkerType.HOME_SUPPORT).toList();
    var positions = homeSupport.stream().mapToDouble(w -> w.fte().doubleValue()).sum();
    var ownHomePositions =
        homeSupport.stream()
            .mapToDouble(w -> w.fte().doubleValue() * w.ownHomeShare().doubleValue())
            .sum();
    var lastMonth = java.time.YearMonth.from(TODAY).minusMonths(1);
    var counts = data.citizenCounts.stream().filter(c -> c.month().equals(lastMonth)).toList();
    var referred =
        data.assignments.stream()
            .filter(a -> a.role() == WorkerType.HOME_SUPPORT && a.period().contains(TODAY))
            .filter(
                a -> {
                  var t = data.tenants.get((int) a.tenantId() - 1);
                  return t.endDate() == null || t.endDate().isAfter(TODAY);
                })
            .count();
    var ownHome = referred + counts.stream().mapToInt(DemoData.CitizenCountRow::ownHome).sum();
    var all = ownHome + counts.stream().mapToInt(DemoData.CitizenCountRow::residential).sum();

    assertEquals(62.0, positions, 0.001);
    assertEquals(62, counts.size(), "every home-support worker counted last month");
    assertEquals(62 / 3.0, ownHomePositions, 1.5);
    assertEquals(
        27.5, ownHome / ownHomePositions, 2.0, "citizens in own home per own-home position");
    assertEquals(27.5, all / positions, 2.0, "citizens per position");
    assertEquals(
        12 * 62,
        data.citizenCounts.size(),
        "the last twelve whole months, none for the month under way");
  }

  @Test
  void everyWorkerHasAnAddressTheDemoUsersTheirRealmOnes() {
    var addresses = data.workers.stream().map(DemoData::emailOf).toList();

    assertTrue(
        addresses.stream().allMatch(a -> a.matches("[a-z.]+[a-z]@kk-social\\.example")),
        addresses.toString());
    assertTrue(addresses.containsAll(List.of("bo@kk-social.example", "henrik@kk-social.example")));
  }

  @Test
  void theDemoUsersAreRealWorkersAndAssociations() {
    var usernames =
        data.workers.stream().map(DemoData.WorkerRow::username).filter(u -> u != null).toList();
    assertEquals(List.of("bo", "sara", "henrik"), usernames);
    var codes = data.associations.stream().map(DemoData.AssociationRow::code).toList();
    assertTrue(codes.containsAll(List.of("AMH", "VBH")));
    var demoWorkers =
        data.workers.stream()
            .filter(w -> w.username() != null)
            .map(DemoData.WorkerRow::id)
            .toList();
    for (var worker : demoWorkers) {
      assertTrue(
          data.assignments.stream().anyMatch(a -> a.workerId() == worker),
          "worker " + worker + " has tenants");
    }
  }

  @Test
  void tenantsSpanThreeYearsInEveryTrackAndSomeTenanciesEnded() {
    assertEquals(2000, data.tenants.size());
    var tracks = EnumSet.noneOf(SupportTrack.class);
    data.tenants.forEach(t -> tracks.add(t.track()));
    assertEquals(EnumSet.allOf(SupportTrack.class), tracks);
    assertTrue(data.tenants.stream().allMatch(t -> !t.moveIn().isBefore(t.referral())));
    assertTrue(
        data.tenants.stream()
            .allMatch(t -> t.referral().isAfter(TODAY.minusYears(3).minusDays(1))));
    var ended = data.tenants.stream().filter(t -> t.endDate() != null).count();
    assertTrue(ended > 150 && ended < 450, "ended: " + ended);
    assertEquals(2000, data.tenants.stream().map(DemoData.TenantRow::cpr).distinct().count());
  }

  @Test
  void everyAssignmentAndAbsenceObeysTheRegistersRules() {
    var byTenant = new HashMap<Long, List<Assignment>>();
    var workerTypes =
        data.workers.stream()
            .collect(Collectors.toMap(DemoData.WorkerRow::id, DemoData.WorkerRow::type));
    for (var row : data.assignments) {
      var assignment = new Assignment(row.workerId(), row.role(), row.period());
      var earlier = byTenant.computeIfAbsent(row.tenantId(), k -> new ArrayList<>());
      assertDoesNotThrow(
          () -> AssignmentRules.check(assignment, workerTypes.get(row.workerId()), earlier));
      earlier.add(assignment);
    }
    var registered = new ArrayList<Absence>();
    for (var row : data.absences) {
      var absence = new Absence(row.workerId(), row.period(), row.substituteId());
      assertDoesNotThrow(() -> AbsenceRules.check(absence, registered));
      registered.add(absence);
    }
    assertTrue(data.absences.size() > 20, "absences: " + data.absences.size());
  }

  @Test
  void itScalesToCitySize() {
    var city = DemoData.generate(7, 20_000, TODAY);
    assertEquals(20_000, city.tenants.size());
  }

  @Test
  void concernsAreRoutedAsThePortalRoutesAndWorkedAsFarAsTheirAgeSuggests() {
    assertTrue(
        data.concerns.size() > 1500 && data.concerns.size() < 4500,
        "concerns: " + data.concerns.size());
    for (var concern : data.concerns) {
      var tenant = data.tenants.get((int) concern.tenantId() - 1);
      var day = concern.filedAt().atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
      assertTrue(!day.isBefore(tenant.moveIn()), "filed while housed");
      var done =
          concern.status() == dk.kk.naboskab.concern.domain.ConcernStatus.RESOLVED
              || concern.status() == dk.kk.naboskab.concern.domain.ConcernStatus.CLOSED;
      assertEquals(done, concern.outcome() != null, "an outcome exactly when resolved");
      assertTrue(concern.routeExplanation().endsWith("."), concern.routeExplanation());
    }
    var statuses =
        data.concerns.stream()
            .map(DemoData.ConcernRow::status)
            .collect(java.util.stream.Collectors.toSet());
    assertEquals(
        java.util.EnumSet.allOf(dk.kk.naboskab.concern.domain.ConcernStatus.class).size() - 1,
        statuses.size(),
        statuses.toString());
    assertTrue(
        data.concerns.stream().anyMatch(c -> c.assigneeWorkerId() == null),
        "some went to the team");
    assertTrue(data.concerns.stream().anyMatch(c -> "hanne".equals(c.filedBy())));
  }
}
