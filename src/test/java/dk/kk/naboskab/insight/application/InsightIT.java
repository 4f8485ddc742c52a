package dk.kk.naboskab.insight.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.insight.application.ResponseTimes.Dimension;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.tenancy.application.RegisterTenant;
import dk.kk.naboskab.tenancy.application.TenancyFixtures;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures against hand-computed ones, on MariaDB: the summary is kept current from the
 * concerns, the percentiles and shares come out of SQL as computed by hand, and each reader sees
 * only what they may — an association its own, an analyst no small group, a worker nothing.
 */
@NaboskabIT
class InsightIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Locale DANISH = Locale.forLanguageTag("da");

  /** Every test runs from a Wednesday morning in June 2026 (time runs), whatever day it is. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject ConcernService concerns;
  @Inject ConcernReading reading;
  @Inject ConcernChoices choices;
  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject Measures measures;
  @Inject ResponseTimes responseTimes;
  @Inject KeptFigures kept;
  @jakarta.annotation.Resource ManagedExecutorService executor;
  @Inject Positions positions;
  @Inject Caseloads caseloads;
  @Inject OpenConcerns openConcerns;
  @Inject Retentions retentions;
  @Inject dk.kk.naboskab.clock.application.ClockSettings clockSettings;

  private String suffix;
  private TenancyFixtures.Organisation org;
  private long associationId;
  private Long otherUnit;
  private final List<String> filed = new ArrayList<>();

  /**
   * Five concerns of one association, three normal and two urgent, all acknowledged by henrik; the
   * acknowledgements' business minutes are then set by hand to 60, 120, 180, 240 and 600, the first
   * three within target.
   */
  @BeforeEach
  void fiveAcknowledgedConcerns() {
    TestClock.runFrom(TODAY, java.time.LocalTime.of(10, 0));
    suffix = "i" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    org = fixtures.organisation(suffix);
    associationId =
        fixtures.number(
            "select id from housing_association where code = ?1", org.associationCode());
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var tenantId =
        tenancy
            .registerTenant(
                TenancyFixtures.housedTenant(org.departmentId(), "Tal", "Tællesen", TODAY))
            .getId();
    tenancy.assign(
        tenantId, org.homeSupportId(), WorkerType.HOME_SUPPORT, Period.from(TODAY.minusMonths(1)));
    var categoryId = choices.categories(DANISH).get(0).id();
    var urgencies =
        List.of(Urgency.NORMAL, Urgency.NORMAL, Urgency.NORMAL, Urgency.URGENT, Urgency.URGENT);
    for (var urgency : urgencies) {
      ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
      filed.add(
          concerns.file(
              new FileConcern(tenantId, categoryId, urgency, "Larm.", null, null), List.of()));
    }
    ActingUser.actAs("henrik-" + suffix, Role.SUPPORT_WORKER);
    for (var id : filed) {
      concerns.take(id, reading.details(id, DANISH).version(), Step.ACKNOWLEDGE, null, List.of());
    }
    measureAll();
    var minutes = new int[] {60, 120, 180, 240, 600};
    var met = new int[] {1, 1, 1, 0, 0};
    for (var i = 0; i < filed.size(); i++) {
      fixtures.update(
          "update concern_measure m join concern c on c.id = m.concern_id"
              + " set m.ack_minutes = ?1, m.ack_met = ?2 where c.public_id = ?3",
          minutes[i],
          met[i],
          filed.get(i));
    }
  }

  @AfterEach
  void signOutAndReleaseTheClock() {
    ActingUser.anonymous();
    TestClock.release();
  }

  /** Henrik's row of the caseload per worker. */
  private Caseloads.WorkerLoad henriksLoad() {
    return caseloads.byWorker(Filter.none()).stream()
        .filter(w -> w.name().equals("Henrik " + suffix))
        .findFirst()
        .orElseThrow();
  }

  /** The fixture unit's home-support row of the caseload per unit and type. */
  private Caseloads.TypeLoad ourHomeSupport() {
    return caseloads.byUnitAndType(Filter.none()).stream()
        .filter(t -> t.unit().equals("Voksenenhed " + suffix) && t.type().equals("HOME_SUPPORT"))
        .findFirst()
        .orElseThrow();
  }

  private void measureAll() {
    while (measures.refreshStale(500) > 0) {
      // until every concern is measured at its current version
    }
  }

  private Filter ourAssociation() {
    return new Filter(null, null, null, associationId, null);
  }

  @Test
  void theSummaryFollowsTheConcernsAndTheirSteps() {
    assertEquals(
        5,
        fixtures.number(
            "select count(*) from concern_measure where association_id = ?1"
                + " and ack_minutes is not null and worker_type = 'HOME_SUPPORT'"
                + " and reply_minutes is null",
            associationId),
        "each concern measured: acknowledged, not yet answered, with henrik's type");

    var id = filed.get(0);
    concerns.take(id, reading.details(id, DANISH).version(), Step.REPLY, "Svar.", List.of());
    measureAll();

    assertEquals(
        1,
        fixtures.number(
            "select count(*) from concern_measure m join concern c on c.id = m.concern_id"
                + " where c.public_id = ?1 and m.reply_minutes is not null",
            id),
        "a step re-measures the concern");
  }

  /**
   * The figures are kept while no measure changes — the same answer, not computed again — and
   * computed again as soon as one does: a reply given and measured counts at once (ADR 30).
   */
  @Test
  void figuresAreKeptUntilAMeasureChanges() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var first = responseTimes.allClocks(Dimension.ASSOCIATION, ourAssociation(), DANISH);
    assertSame(
        first,
        responseTimes.allClocks(Dimension.ASSOCIATION, ourAssociation(), DANISH),
        "nothing measured since: the figures kept");
    assertEquals(List.of(), first.get(ClockKind.FIRST_REPLY), "no reply yet");

    ActingUser.actAs("henrik-" + suffix, Role.SUPPORT_WORKER);
    var id = filed.get(0);
    concerns.take(id, reading.details(id, DANISH).version(), Step.REPLY, "Svar.", List.of());
    measureAll();

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var after = responseTimes.allClocks(Dimension.ASSOCIATION, ourAssociation(), DANISH);
    assertEquals(1L, after.get(ClockKind.FIRST_REPLY).get(0).count(), "the reply counted at once");
    assertEquals(5L, after.get(ClockKind.ACKNOWLEDGE).get(0).count());
  }

  /**
   * While the keeper computes again after its tick, a reader gets the figures from before the tick
   * rather than computing them a second time beside it; once it is done, the keeper's; and a
   * measure written after the keeper began is computed for at once.
   */
  @Test
  void whileTheKeeperComputesAgainReadersGetTheFiguresFromBeforeItsTick() throws Exception {
    var key = "kept-" + suffix;
    var computing = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var calls = new AtomicInteger();
    Supplier<Integer> figures =
        () -> {
          var call = calls.incrementAndGet();
          if (call == 2) {
            computing.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return call;
        };
    assertEquals(1, kept.get(key, figures), "computed at the first ask");
    touchAMeasure();
    var keeper = executor.submit(kept::refresh);
    try {
      assertTrue(computing.await(30, TimeUnit.SECONDS), "the keeper computes again");
      assertEquals(1, kept.get(key, () -> -1), "meanwhile: the figures from before its tick");
      touchAMeasure();
      assertEquals(-1, kept.get(key, () -> -1), "a measure changed after it began: computed");
    } finally {
      release.countDown();
    }
    keeper.get(30, TimeUnit.SECONDS);
    touchAMeasure();
    assertEquals(-2, kept.get(key, () -> -2), "once it is done, changes are computed for again");
  }

  private void touchAMeasure() {
    fixtures.update(
        "update concern_measure set measured_at = current_timestamp(6)"
            + " order by concern_id desc limit 1");
  }

  /**
   * The keeper's everyday look is a window of recent changes; a concern whose change is older than
   * the window waits for the full comparison (start-up, hourly, after a settings change).
   */
  @Test
  void aLookAtRecentChangesSeesWhatChangedAndTheFullComparisonSeesTheRest() {
    var recent = filed.get(0);
    var old = filed.get(1);
    fixtures.update(
        "update concern set version = version + 1, changed_at = now(6) - interval 1 day"
            + " where public_id = ?1",
        old);
    fixtures.update("update concern set version = version + 1 where public_id = ?1", recent);
    var window = new java.sql.Timestamp(measures.databaseNow().getTime() - 15 * 60_000L);

    while (measures.refreshStale(500, window) > 0) {
      // every recent change
    }

    assertTrue(isCurrent(recent), "changed a moment ago: measured");
    assertFalse(isCurrent(old), "changed a day ago: outside the window");
    measureAll();
    assertTrue(isCurrent(old), "the full comparison measures it");
  }

  private boolean isCurrent(String publicId) {
    return fixtures.number(
            "select count(*) from concern c join concern_measure m on m.concern_id = c.id"
                + " where c.public_id = ?1 and m.concern_version = c.version",
            publicId)
        == 1;
  }

  @Test
  void changingTheCalendarMeasuresEveryConcernAgain() {
    assertEquals(
        600,
        fixtures.number(
            "select m.ack_minutes from concern_measure m join concern c on c.id = m.concern_id"
                + " where c.public_id = ?1",
            filed.get(4)),
        "the figure set by hand stands while nothing changes");
    measureAll();

    ActingUser.actAs("admin", Role.ADMIN);
    clockSettings.reopen(TODAY.plusYears(5));
    measureAll();

    assertTrue(
        fixtures.number(
                "select m.ack_minutes from concern_measure m join concern c on c.id = m.concern_id"
                    + " where c.public_id = ?1",
                filed.get(4))
            < 60,
        "measured again from the concern: acknowledged within the hour it was filed");
  }

  @Test
  void medianNinetiethPercentileAndShareWithinTargetAreTheHandComputedOnes() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());

    var figures =
        responseTimes.figures(
            ClockKind.ACKNOWLEDGE, Dimension.ASSOCIATION, ourAssociation(), DANISH);

    assertEquals(1, figures.size(), figures.toString());
    var ours = figures.get(0);
    assertEquals("Boligselskabet " + suffix, ours.label());
    assertEquals(5, ours.count());
    // 1, 2, 3, 4, 10 hours: the median is 3; the 90th percentile lies at 0.9 × 4 = 3.6 → 4 + 0.6 ×
    // 6
    assertEquals(3.0, ours.medianHours());
    assertEquals(7.6, ours.p90Hours());
    assertEquals(60.0, ours.withinTargetPercent());
    assertTrue(
        responseTimes
            .figures(ClockKind.FIRST_REPLY, Dimension.ASSOCIATION, ourAssociation(), DANISH)
            .isEmpty(),
        "no reply yet: no figures for the first-reply clock");
  }

  /**
   * The SQL's figures against plain Java over the same rows, for every grouping and filter: the
   * median and 90th percentile interpolated between the ranks (as {@code percentile_cont}), the
   * share within target, each rounded to one decimal. Two of the five are with the team, so the
   * worker-type grouping has two groups too.
   */
  @Test
  void everyGroupingAndFilterGivesWhatPlainJavaComputesFromTheSameRows() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    fixtures.update(
        "update concern_measure m join concern c on c.id = m.concern_id"
            + " set m.worker_type = null where c.public_id in (?1, ?2)",
        filed.get(1),
        filed.get(3));
    var rows =
        fixtures.rows(
            // One column per grouping, in Dimension's order, then the minutes and the verdict.
            "select date_format(filed_month, '%Y-%m'), unit_id, association_id, department_id,"
                + " coalesce(worker_type, 'TEAM'), category_id, urgency, ack_minutes, ack_met"
                + " from concern_measure where association_id = ?1 and ack_minutes is not null",
            associationId);
    assertEquals(5, rows.size());
    var month = String.valueOf(rows.get(0)[0]);
    var category = ((Number) rows.get(0)[5]).longValue();
    var unit = ((Number) rows.get(0)[1]).longValue();
    var filters =
        List.of(
            ourAssociation(),
            new Filter(
                java.time.YearMonth.parse(month),
                java.time.YearMonth.parse(month),
                unit,
                associationId,
                category));
    for (var filter : filters) {
      for (var by : Dimension.values()) {
        var column = by.ordinal();
        var expected = new java.util.TreeMap<String, List<Object[]>>();
        rows.forEach(
            r ->
                expected.computeIfAbsent(String.valueOf(r[column]), k -> new ArrayList<>()).add(r));
        var actual =
            responseTimes.figures(ClockKind.ACKNOWLEDGE, by, filter, DANISH).stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        ResponseTimes.Figure::key, f -> f, (a, b) -> a, java.util.TreeMap::new));
        assertEquals(expected.keySet(), actual.keySet(), by + " groups");
        // A page's table and its monthly trend, read together, are each the same as read alone.
        var together = responseTimes.allClocks(by, Dimension.MONTH, filter, DANISH);
        assertEquals(
            responseTimes.allClocks(by, filter, DANISH), together.get(0), by + " with months");
        assertEquals(
            responseTimes.allClocks(Dimension.MONTH, filter, DANISH),
            together.get(1),
            by + " months");
        for (var group : expected.entrySet()) {
          var minutes =
              group.getValue().stream()
                  .mapToDouble(r -> ((Number) r[7]).doubleValue())
                  .sorted()
                  .toArray();
          var met = group.getValue().stream().filter(r -> isTrue(r[8])).count();
          var figure = actual.get(group.getKey());
          var what = by + " " + group.getKey();
          assertEquals(minutes.length, figure.count(), what + " count");
          assertEquals(
              tenth(percentile(minutes, 0.5) / 60), figure.medianHours(), what + " median");
          assertEquals(tenth(percentile(minutes, 0.9) / 60), figure.p90Hours(), what + " p90");
          assertEquals(
              tenth(100.0 * met / minutes.length), figure.withinTargetPercent(), what + " share");
        }
      }
    }
  }

  /** The percentile between ranks, as SQL's percentile_cont: at p × (n − 1), interpolated. */
  private static double percentile(double[] sorted, double p) {
    var at = p * (sorted.length - 1);
    var below = (int) Math.floor(at);
    var above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
  }

  /** A tinyint(1) as the driver hands it over: a Boolean, or a number. */
  private static boolean isTrue(Object bit) {
    return bit instanceof Boolean b ? b : ((Number) bit).intValue() == 1;
  }

  private static double tenth(double value) {
    return Math.round(value * 10) / 10.0;
  }

  @Test
  void groupedByUrgencyEachGroupHasItsOwnFigures() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());

    var figures =
        responseTimes.figures(ClockKind.ACKNOWLEDGE, Dimension.URGENCY, ourAssociation(), DANISH);

    assertEquals(List.of("NORMAL", "URGENT"), figures.stream().map(f -> f.key()).sorted().toList());
    var normal = figures.stream().filter(f -> f.key().equals("NORMAL")).findFirst().orElseThrow();
    var urgent = figures.stream().filter(f -> f.key().equals("URGENT")).findFirst().orElseThrow();
    assertEquals(3, normal.count());
    assertEquals(2.0, normal.medianHours(), "1, 2, 3 hours");
    assertEquals(2.8, normal.p90Hours(), "at 0.9 × 2 = 1.8 → 2 + 0.8 × 1");
    assertEquals(100.0, normal.withinTargetPercent());
    assertEquals(7.0, urgent.medianHours(), "4 and 10 hours");
    assertEquals(0.0, urgent.withinTargetPercent());
  }

  @Test
  void anAnalystSeesNoFiguresForAGroupOfFewerThanFive() {
    ActingUser.actAs("anna", Role.ANALYST);

    var byAssociation =
        responseTimes.figures(
            ClockKind.ACKNOWLEDGE, Dimension.ASSOCIATION, ourAssociation(), DANISH);
    var byUrgency =
        responseTimes.figures(ClockKind.ACKNOWLEDGE, Dimension.URGENCY, ourAssociation(), DANISH);

    assertFalse(byAssociation.get(0).suppressed(), "five concerns are shown");
    assertEquals(5, byAssociation.get(0).count());
    assertTrue(byUrgency.stream().allMatch(ResponseTimes.Figure::suppressed), byUrgency.toString());
    assertTrue(byUrgency.stream().allMatch(f -> f.count() == null && f.medianHours() == null));
  }

  @Test
  void housingStaffSeeOnlyTheirOwnAssociationWhateverTheyAskFor() {
    var other = fixtures.organisation(suffix + "x");
    ActingUser.actAs("ole-" + suffix, Role.HOUSING_STAFF, other.associationCode());

    var asked =
        responseTimes.figures(
            ClockKind.ACKNOWLEDGE, Dimension.ASSOCIATION, ourAssociation(), DANISH);

    assertTrue(asked.isEmpty(), "another association's figures are not theirs: " + asked);
    assertEquals(1, responseTimes.associations().size(), "the filter offers their own only");
    assertTrue(responseTimes.isOwnAssociationOnly());

    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    var own =
        responseTimes.figures(
            ClockKind.ACKNOWLEDGE,
            Dimension.ASSOCIATION,
            new Filter(null, null, null, null, null),
            DANISH);
    assertEquals(1, own.size(), "without a filter: their association only");
    assertEquals(5, own.get(0).count());
    // §99 and consent: which kind of support its tenants get is not the association's to see.
    dk.kk.naboskab.testsupport.Refusals.assertRefused(
        "by",
        "insight.byWorkerType.notForAssociations",
        () ->
            responseTimes.allClocks(
                Dimension.WORKER_TYPE, new Filter(null, null, null, null, null), DANISH));
  }

  @Test
  void workersAndAnonymousCallersSeeNoFigures() {
    ActingUser.actAs("henrik-" + suffix, Role.SUPPORT_WORKER);
    assertThrows(
        AccessDenied.class,
        () ->
            responseTimes.figures(ClockKind.ACKNOWLEDGE, Dimension.UNIT, ourAssociation(), DANISH));
    ActingUser.anonymous();
    assertThrows(AccessDenied.class, () -> responseTimes.units());
  }

  @Test
  void theUnitsAreasComeFromTheirDepartmentsWorkersAndAssignments() {
    ActingUser.actAs("anna", Role.ANALYST);

    var ours =
        positions.areas().stream()
            .filter(a -> a.unit().equals(org.unitCode()))
            .findFirst()
            .orElseThrow();
    var split =
        positions.split(
            new java.math.BigDecimal("8"), dk.kk.naboskab.insight.domain.PositionSplit.Step.HALF);

    assertEquals(120, ours.flats(), "the fixture's one department");
    assertEquals(1, ours.citizens(), "the one tenant henrik supports, nobody counted");
    assertEquals(
        0,
        new java.math.BigDecimal("0.333").compareTo(ours.fte()),
        "a third of henrik's one position is for own homes");
    assertEquals(
        0,
        new java.math.BigDecimal("8")
            .compareTo(
                split.stream()
                    .map(dk.kk.naboskab.insight.domain.PositionSplit.Share::added)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    assertThrows(
        AccessDenied.class, () -> positions.areas(), "planning figures are the municipality's");
  }

  @Test
  void caseloadsCountActiveTenantsPerWorkerAndPerUnitAndTypeAndConcernsPerDepartment() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());

    var henrik = henriksLoad();
    var homeSupport = ourHomeSupport();
    var department =
        caseloads.concernsPer100(Filter.none()).stream()
            .filter(d -> d.association().equals("Boligselskabet " + suffix))
            .findFirst()
            .orElseThrow();

    assertEquals(1, henrik.tenants());
    assertEquals(0, new java.math.BigDecimal("1.0").compareTo(henrik.perPosition()));
    assertEquals(null, henrik.counted(), "no count yet: the register alone");
    assertEquals(new java.math.BigDecimal("3.0"), henrik.perOwnHomePosition(), "1 on a third");
    assertFalse(henrik.isAboveTarget());
    assertEquals(1, homeSupport.workers());
    assertEquals(1, homeSupport.tenants());
    assertEquals(1, homeSupport.uncounted());
    assertEquals(1, department.tenants(), "one referred tenant housed");
    assertEquals(5, department.concerns());
    assertEquals(0, new java.math.BigDecimal("500.0").compareTo(department.per100()));

    ActingUser.actAs("anna", Role.ANALYST);
    assertThrows(
        AccessDenied.class, () -> caseloads.byWorker(Filter.none()), "no names for analysts");
    // Our association's table (one department): five concerns shown, rounded (5 stays 5); the one
    // referred tenant housed there is a cell of one, hidden, and so is the rate resting on it.
    var forAnalyst = caseloads.concernsPer100(ourAssociation());
    assertEquals(1, forAnalyst.size());
    assertEquals(5L, forAnalyst.get(0).concerns());
    assertNull(forAnalyst.get(0).tenants(), "one tenant: hidden from an analyst");
    assertNull(forAnalyst.get(0).per100(), "a rate resting on one tenant: hidden");
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    assertThrows(AccessDenied.class, () -> caseloads.byUnitAndType(Filter.none()));
  }

  /**
   * The backlog at each month's end: the five concerns filed 10 June (acknowledged, no first reply)
   * and one more never acknowledged. On 22 June every one is open and past a deadline — the first
   * replies fell due 17 June (5 business days), the acknowledgement 12 June (2) — and at the end of
   * May none had been filed.
   */
  @Test
  void theBacklogCountsWhatWasOpenAndOverdueAtEachMonthsEnd() {
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    var tenantId =
        fixtures.number(
            "select t.id from tenant t join department d on d.id = t.department_id"
                + " join housing_association a on a.id = d.association_id where a.code = ?1",
            org.associationCode());
    concerns.file(
        new FileConcern(
            tenantId, choices.categories(DANISH).get(0).id(), Urgency.NORMAL, "Vand.", null, null),
        List.of());
    TestClock.runFrom(LocalDate.of(2026, 6, 22), java.time.LocalTime.of(10, 0));
    measureAll();
    var unit = fixtures.number("select id from unit where code = ?1", org.unitCode());
    var mayToJune =
        new Filter(
            java.time.YearMonth.of(2026, 5), java.time.YearMonth.of(2026, 6), unit, null, null);
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());

    var months = openConcerns.byMonth(mayToJune);

    assertEquals(
        List.of(
            new OpenConcerns.AtMonthEnd(java.time.YearMonth.of(2026, 5), 0L, 0L, false),
            new OpenConcerns.AtMonthEnd(java.time.YearMonth.of(2026, 6), 6L, 6L, false)),
        months);

    // The month under way is counted at the moment of asking, before the keeper has measured
    // anything new; the months that have ended come from what was kept (ADR 30).
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    TestClock.runFrom(LocalDate.of(2026, 6, 22), java.time.LocalTime.of(9, 0));
    concerns.file(
        new FileConcern(
            tenantId,
            choices.categories(DANISH).get(0).id(),
            Urgency.NORMAL,
            "Mere vand.",
            null,
            null),
        List.of());
    TestClock.runFrom(LocalDate.of(2026, 6, 22), java.time.LocalTime.of(10, 0));
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertEquals(
        List.of(
            new OpenConcerns.AtMonthEnd(java.time.YearMonth.of(2026, 5), 0L, 0L, false),
            new OpenConcerns.AtMonthEnd(java.time.YearMonth.of(2026, 6), 7L, 6L, false)),
        openConcerns.byMonth(mayToJune),
        "filed just now: open, not yet measured so not yet overdue");
    ActingUser.actAs("anna", Role.ANALYST);
    assertTrue(openConcerns.byMonth(mayToJune).get(0).suppressed(), "0 is fewer than five");
    ActingUser.actAs("ole", Role.HOUSING_STAFF, "VBH-none-" + suffix);
    assertThrows(AccessDenied.class, () -> openConcerns.byMonth(mayToJune), "no such association");
  }

  /**
   * The budget note's measure: henrik supports one referred tenant and, by the coordinator's
   * counts, 6 other citizens in their own homes and 12 in boformer. His latest count within a year
   * stands (a newer month replaces an older one; a month ahead is not counted, a count from more
   * than a year ago is stale); a third of his hours for own homes gives 7 ÷ 0.333 = 21.0 — above
   * 19.6.
   */
  @Test
  void homeSupportIsHeldAgainstTheGoalWithTheCountedCitizensInOwnHomes() {
    // TODAY is 10 June 2026: May is the latest whole month, June is under way.
    fixtures.update(
        "insert into citizen_count (worker_id, month, own_home, residential, source, recorded_by,"
            + " recorded_at) values (?1, '2025-05-01', 40, 40, 'ENTERED', 'karin', now()),"
            + " (?1, '2026-04-01', 2, 30, 'ENTERED', 'karin', now()),"
            + " (?1, '2026-05-01', 6, 12, 'IMPORTED', 'karin', now()),"
            + " (?1, '2026-07-01', 50, 50, 'ENTERED', 'karin', now())",
        org.homeSupportId());
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());

    var henrik = henriksLoad();
    var unit = ourHomeSupport();
    ActingUser.actAs("anna", Role.ANALYST);
    var area =
        positions.units().stream()
            .filter(u -> u.unit().equals(org.unitCode()))
            .findFirst()
            .orElseThrow();

    assertEquals(java.time.YearMonth.of(2026, 5), henrik.counted(), "not July's, not last May's");
    assertEquals(7L, henrik.ownHomeCitizens());
    assertEquals(new java.math.BigDecimal("21.0"), henrik.perOwnHomePosition());
    assertEquals(new java.math.BigDecimal("19.0"), henrik.perPosition(), "1 + 6 + 12 on one");
    assertTrue(henrik.isAboveTarget());
    assertEquals(7, unit.ownHomeCitizens());
    assertEquals(0, unit.uncounted());
    assertTrue(unit.isAboveTarget());
    assertEquals(1, area.referred());
    assertEquals(6, area.others());
    assertEquals(12, area.residential());
  }

  @Test
  void theCaseloadFilterNarrowsByUnitAndTheConcernsByPeriodAssociationAndCategory() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var ourUnit = new Filter(null, null, ourUnitId(), null, null);
    var otherUnit = new Filter(null, null, otherUnitId(), null, null);
    var month = java.time.YearMonth.from(TODAY);
    var categories = choices.categories(DANISH);

    var ours = caseloads.byWorker(ourUnit).stream().map(Caseloads.WorkerLoad::name).toList();
    assertTrue(ours.contains("Henrik " + suffix), ours.toString());
    assertTrue(ours.stream().allMatch(n -> n.endsWith(" " + suffix)), "only our unit's workers");
    assertTrue(
        caseloads.byWorker(otherUnit).stream().noneMatch(w -> w.name().endsWith(" " + suffix)));
    assertTrue(
        caseloads.byUnitAndType(ourUnit).stream()
            .allMatch(t -> t.unit().equals("Voksenenhed " + suffix)));
    assertEquals(
        List.of(5L),
        ourDepartments(new Filter(null, null, ourUnitId(), associationId, null)),
        "our unit's and association's one department, all five concerns");
    assertEquals(
        List.of(),
        ourDepartments(new Filter(null, null, otherUnitId(), null, null)),
        "our department is not in the other unit's area");
    assertEquals(
        List.of(5L),
        ourDepartments(new Filter(null, null, null, associationId, categories.get(0).id())));
    assertEquals(
        List.of(0L),
        ourDepartments(new Filter(null, null, null, associationId, categories.get(1).id())),
        "none of another category");
    assertEquals(
        List.of(0L),
        ourDepartments(
            new Filter(month.minusMonths(3), month.minusMonths(1), null, associationId, null)),
        "none filed in the months before this");
    assertEquals(
        "from",
        assertThrows(
                dk.kk.naboskab.shared.RuleViolation.class,
                () ->
                    caseloads.concernsPer100(
                        new Filter(month, month.minusMonths(1), null, null, null)))
            .field());
  }

  private List<Long> ourDepartments(Filter filter) {
    return caseloads.concernsPer100(filter).stream()
        .filter(d -> d.association().equals("Boligselskabet " + suffix))
        .map(Caseloads.DepartmentRate::concerns)
        .toList();
  }

  private long ourUnitId() {
    return fixtures.number("select id from unit where code = ?1", org.unitCode());
  }

  /** Another unit than the fixture's: one a second organisation brings. */
  private long otherUnitId() {
    if (otherUnit == null) {
      otherUnit =
          fixtures.number(
              "select id from unit where code = ?1",
              fixtures.organisation(suffix + "x").unitCode());
    }
    return otherUnit;
  }

  /**
   * By hand, besides the tenant who moved in a month ago (no mark reached): one housed 30 months,
   * one evicted 8 months after moving in 30 months ago, one who moved out after 3 months 14 months
   * ago, and one who died (left out). 6 months: 2 of 3 still housed; 12 months: 1 of 3; 24 months:
   * 1 of 2; evicted: 1; referred: 4.
   */
  @Test
  void retentionCountsWhoIsStillHousedAtEachMarkAndTheEvictions() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenantMovedIn(30, null, null);
    tenantMovedIn(30, 8, dk.kk.naboskab.tenancy.domain.TenancyEndReason.EVICTED);
    tenantMovedIn(14, 3, dk.kk.naboskab.tenancy.domain.TenancyEndReason.MOVED);
    tenantMovedIn(14, 2, dk.kk.naboskab.tenancy.domain.TenancyEndReason.DIED);

    var ours =
        retentions.retention(Retentions.By.UNIT, Filter.none()).stream()
            .filter(r -> r.label().equals("Voksenenhed " + suffix))
            .findFirst()
            .orElseThrow();

    assertEquals(4, ours.referred());
    assertEquals(new Retentions.Mark(3, 2, 66.7), ours.sixMonths());
    assertEquals(new Retentions.Mark(3, 1, 33.3), ours.twelveMonths());
    assertEquals(new Retentions.Mark(2, 1, 50.0), ours.twentyFourMonths());
    assertEquals(1, ours.evicted());
    var byAssociation =
        retentions.retention(
            Retentions.By.ASSOCIATION, new Filter(null, null, ourUnitId(), associationId, null));
    assertEquals(1, byAssociation.size(), "narrowed to our unit and association");
    assertEquals("Boligselskabet " + suffix, byAssociation.get(0).label());
    assertEquals(ours.referred(), byAssociation.get(0).referred());
    assertEquals(ours.twentyFourMonths(), byAssociation.get(0).twentyFourMonths());
    assertEquals(
        List.of(),
        retentions.retention(
            Retentions.By.UNIT, new Filter(null, null, otherUnitId(), associationId, null)),
        "our tenants live in our unit's area");
    var month = java.time.YearMonth.from(TODAY);
    assertEquals(
        List.of(1L),
        retentions
            .retention(
                Retentions.By.UNIT,
                new Filter(month.minusMonths(2), month, ourUnitId(), null, null))
            .stream()
            .map(Retentions.Retention::referred)
            .toList(),
        "referred in the last three months: only the tenant who moved in a month ago");

    ActingUser.actAs("anna", Role.ANALYST);
    var forAnalyst =
        retentions.retention(Retentions.By.UNIT, Filter.none()).stream()
            .filter(r -> r.label().equals("Voksenenhed " + suffix))
            .findFirst()
            .orElseThrow();
    assertTrue(forAnalyst.suppressed(), "four referred: too few for an analyst");
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    assertThrows(
        AccessDenied.class, () -> retentions.retention(Retentions.By.TRACK, Filter.none()));
  }

  private void tenantMovedIn(
      int monthsAgo, Integer endedAfterMonths, dk.kk.naboskab.tenancy.domain.TenancyEndReason why) {
    var moveIn = TODAY.minusMonths(monthsAgo);
    var c = TenancyFixtures.housedTenant(org.departmentId(), "Fast", "Holder", TODAY);
    var tenant =
        tenancy.registerTenant(
            new RegisterTenant(
                c.firstName(),
                c.lastName(),
                c.cpr(),
                c.phone(),
                c.departmentId(),
                c.address(),
                moveIn.minusDays(10),
                moveIn,
                c.supportTrack(),
                c.consent(),
                moveIn.minusDays(10)));
    if (endedAfterMonths != null) {
      tenancy.endTenancy(
          tenant.getId(), tenant.getVersion(), moveIn.plusMonths(endedAfterMonths), why);
    }
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedOnTheField() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var month = java.time.YearMonth.from(TODAY);

    var refused =
        assertThrows(
            dk.kk.naboskab.shared.RuleViolation.class,
            () ->
                responseTimes.figures(
                    ClockKind.ACKNOWLEDGE,
                    Dimension.MONTH,
                    new Filter(month, month.minusMonths(1), null, null, null),
                    DANISH));
    assertEquals("from", refused.field());
  }
}
