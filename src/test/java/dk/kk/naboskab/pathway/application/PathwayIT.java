package dk.kk.naboskab.pathway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.pathway.domain.Clarification;
import dk.kk.naboskab.pathway.domain.Rating;
import dk.kk.naboskab.pathway.domain.StayStatus;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.Refusals;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the container, on MariaDB: the shelter pathway's intake, its one scope per role (#17 — shelter
 * A's staff never see shelter B's residents, a case worker only the shelters they are outposted to,
 * housing staff nothing), one open stay per person, and the shelter and the case worker building on
 * each other's documentation.
 */
@NaboskabIT
class PathwayIT {
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 14);
  private static final Locale DANISH = new Locale("da");
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject Stays stays;
  @Inject HandOvers handOvers;
  @Inject Reviews reviews;
  @Inject PathwayFixtures fixtures;
  @Inject dk.kk.naboskab.tenancy.application.TenancyFixtures register;
  @Inject dk.kk.naboskab.tenancy.application.TenantDirectory directory;
  @Inject dk.kk.naboskab.insight.application.PathwayFigures figures;
  @Inject dk.kk.naboskab.insight.application.Retentions retentions;

  private PathwayFixtures.Shelters shelters;
  private String suffix;

  @BeforeEach
  void seed() {
    TestClock.pin(TODAY, LocalTime.of(10, 0));
    suffix = SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
    shelters = fixtures.shelters(suffix);
  }

  @AfterEach
  void release() {
    ActingUser.anonymous();
    TestClock.release();
  }

  private void asLise() {
    ActingUser.actAsShelterStaffOf("lise-" + suffix, shelters.first());
  }

  private long intake(String cpr) {
    asLise();
    return stays
        .intake(
            new PathwayForms.Intake(
                null, "Kim", "Larsen " + suffix, cpr, TODAY.minusDays(10), null))
        .getId();
  }

  /** A CPR number no other test uses (the day and month valid, the serial from the sequence). */
  private static String cpr() {
    return String.format(
        "0101%02d-%04d", SEQUENCE.incrementAndGet() % 100, System.nanoTime() % 10_000);
  }

  @Test
  void eachRoleSeesOnlyTheStaysItsOneRuleGivesIt() {
    var stay = intake(cpr());
    assertEquals(1, stays.count(Stays.Show.OPEN), "lise sees her shelter's new resident");
    assertEquals(stay, stays.list(Stays.Show.OPEN, 0, 10).get(0).id());

    ActingUser.actAsShelterStaffOf("per-" + suffix, shelters.second());
    assertEquals(0, stays.count(Stays.Show.ALL), "shelter B's staff: none of A's residents");
    assertThrows(AccessDenied.class, () -> stays.page(stay, DANISH), "forced browsing: refused");

    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    assertEquals(stay, stays.list(Stays.Show.OPEN, 0, 10).get(0).id(), "outposted to A");
    assertEquals("Kim Larsen " + suffix, stays.page(stay, DANISH).name());

    ActingUser.actAs(shelters.elsewhere(), Role.CASE_WORKER);
    assertThrows(AccessDenied.class, () -> stays.page(stay, DANISH), "not outposted there");
    assertEquals(0, stays.count(Stays.Show.ALL));

    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, "AMH");
    assertThrows(AccessDenied.class, () -> stays.count(Stays.Show.ALL), "housing staff: nothing");
    assertThrows(AccessDenied.class, () -> stays.page(stay, DANISH));

    ActingUser.actAsShelterStaffOf("ukendt-" + suffix, "NO-SUCH-SHELTER");
    assertThrows(AccessDenied.class, () -> stays.page(stay, DANISH), "an unknown claim: nothing");
    assertTrue(
        fixtures.number(
                "select count(*) from audit_event where action = 'REFUSED' and actor = ?",
                "per-" + suffix)
            >= 1,
        "the refusal is logged");
    assertEquals(
        1L,
        fixtures.number(
            "select count(*) from audit_event where action = 'READ_STAY' and subject = ?",
            "stay " + stay),
        "each page read shown is one row of the read log (the case worker's one read; refusals"
            + " are rows of their own)");
  }

  @Test
  void aPersonHasOneOpenStayAcrossAllSheltersAndTheFormsSayWhy() {
    var number = cpr();
    var first = intake(number);

    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    Refusals.assertRefused(
        "shelterId",
        "stay.shelter.notYours",
        () ->
            stays.intake(
                new PathwayForms.Intake(
                    shelters.secondId(), "Kim", "Larsen", number, TODAY, null)));
    ActingUser.actAsShelterStaffOf("per-" + suffix, shelters.second());
    Refusals.assertRefused(
        "cpr",
        "stay.cpr.alreadyStaying",
        () -> stays.intake(new PathwayForms.Intake(null, "Kim", "Larsen", number, TODAY, null)));
    Refusals.assertRefused(
        "intakeDate",
        "stay.intake.future",
        () ->
            stays.intake(
                new PathwayForms.Intake(null, "Ny", "Borger", cpr(), TODAY.plusDays(1), null)));
    Refusals.assertRefused(
        "cpr",
        null,
        () -> stays.intake(new PathwayForms.Intake(null, "Ny", "Borger", "12", TODAY, null)));
    assertEquals(0, stays.count(Stays.Show.ALL), "nothing half-stored at shelter B");

    fixtures.update(
        "update stay set ended_on = ?, status = 'MOVED_OUT' where id = ?", TODAY, first);
    var second = stays.intake(new PathwayForms.Intake(null, "Kim", "Larsen", number, TODAY, null));
    assertEquals(StayStatus.STAYING, second.getStatus(), "after moving out: a new stay elsewhere");
    assertTrue(
        fixtures.number(
                "select count(*) from stay where cpr_encrypted like 'v%' and id = ?",
                second.getId())
            == 1,
        "the number is stored encrypted, never plain");
  }

  @Test
  void theShelterAndTheCaseWorkerBuildOnEachOthersDocumentation() {
    var stay = intake(cpr());
    var home = stays.themes().get(0).getId();
    var health = stays.themes().get(2).getId();
    stays.observe(
        stay,
        new PathwayForms.Observe(
            home, TODAY.minusDays(3), Rating.MODERATE, "Handler ind med støtte.", null));
    var page = stays.page(stay, DANISH);
    assertEquals("Boevne og praktiske opgaver i hjemmet", page.grid().get(0).theme());
    assertEquals(1, page.grid().get(0).observations());
    assertEquals(Rating.MODERATE, page.grid().get(0).latestRating());
    assertTrue(page.grid().get(2).isMissing(), "health is not documented yet");
    assertEquals(Clarification.State.ON_TRACK, page.counter().state());
    assertEquals(10, page.counter().daysSinceIntake());
    assertTrue(page.mayObserve());
    assertFalse(page.mayAsk());

    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    Refusals.assertRefused(
        "dueOn",
        "request.due.past",
        () -> stays.ask(stay, new PathwayForms.Ask(health, "Medicin?", TODAY.minusDays(1))));
    var request =
        stays.ask(
            stay,
            new PathwayForms.Ask(health, "Tager borgeren sin medicin selv?", TODAY.plusDays(7)));
    assertEquals(1, stays.openRequests(DANISH).size(), "on the case worker's start page");
    assertThrows(
        AccessDenied.class,
        () ->
            stays.observe(
                stay, new PathwayForms.Observe(home, TODAY, Rating.MILD, "Sagsbehandleren", null)),
        "case workers ask; the shelter observes");

    asLise();
    assertEquals(1, stays.openRequests(DANISH).size(), "and on the shelter's");
    Refusals.assertRefused(
        "observedOn",
        "stay.date.future",
        () ->
            stays.observe(
                stay,
                new PathwayForms.Observe(
                    health, TODAY.plusDays(1), Rating.MILD, "I morgen", request.getId())));
    stays.observe(
        stay,
        new PathwayForms.Observe(
            health, TODAY, Rating.MILD, "Tager medicinen selv om morgenen.", request.getId()));
    assertEquals(0, stays.openRequests(DANISH).size(), "answered by the observation citing it");
    var answered = stays.page(stay, DANISH);
    assertTrue(answered.requests().get(0).answered());
    assertEquals(request.getId(), answered.observations().get(0).requestId());

    fixtures.update("update stay set ended_on = ?, status = 'MOVED_OUT' where id = ?", TODAY, stay);
    Refusals.assertRefused(
        "stay",
        "stay.closed",
        () ->
            stays.observe(
                stay, new PathwayForms.Observe(home, TODAY, Rating.MILD, "For sent.", null)));
    assertEquals(
        2L,
        fixtures.number("select count(*) from observation where stay_id = ?", stay),
        "the refused observations left nothing");
  }

  /**
   * Parts 5 and 6: the case worker's recommendation cites the shelter's observations; a coordinator
   * turns the stay into exactly one referred tenant with the housing advisor from move-in; the
   * association then sees the tenant and its contact person, and still nothing of the pathway.
   */
  @Test
  void aRecommendationCitesObservationsAndTheHandOverMakesExactlyOneTenant() {
    var organisation = register.organisation("pw" + suffix);
    var number = cpr();
    var stay = intake(number);
    var home = stays.themes().get(0).getId();
    var observation =
        stays
            .observe(
                stay,
                new PathwayForms.Observe(
                    home, TODAY.minusDays(2), Rating.MILD, "Klarer sin husholdning.", null))
            .getId();

    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    var version = stays.page(stay, DANISH).version();
    Refusals.assertRefused(
        "cited",
        "stay.cited.required",
        () -> {
          stays.recommend(
              stay,
              version,
              new PathwayForms.Recommend(
                  dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME,
                  dk.kk.naboskab.pathway.domain.Support.HOUSING_ADVISOR,
                  "Kan bo selv med en boligrådgiver.",
                  TODAY,
                  java.util.List.of()));
          return null;
        });
    Refusals.assertRefused(
        "justification",
        null,
        () -> {
          stays.recommend(
              stay,
              version,
              new PathwayForms.Recommend(
                  dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME,
                  dk.kk.naboskab.pathway.domain.Support.HOUSING_ADVISOR,
                  " ",
                  TODAY,
                  java.util.List.of(observation)));
          return null;
        });
    stays.recommend(
        stay,
        version,
        new PathwayForms.Recommend(
            dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME,
            dk.kk.naboskab.pathway.domain.Support.HOUSING_ADVISOR,
            "Kan bo selv med en boligrådgiver.",
            TODAY,
            java.util.List.of(observation)));
    var recommended = stays.page(stay, DANISH);
    assertEquals(StayStatus.RECOMMENDED, recommended.status());
    assertEquals(java.util.List.of(observation), recommended.recommendation().cited());
    assertEquals(Clarification.State.RECOMMENDED_IN_TIME, recommended.counter().state());
    assertTrue(recommended.recommendation().awaitingApproval(), "the ITs ask for approval");
    assertFalse(recommended.mayApprove(), "not by its own author");

    // Not waiting for a flat before a second case worker approves (the setting, on in the ITs).
    ActingUser.actAsCoordinatorOf("karin-" + suffix, organisation.unitCode());
    assertTrue(handOvers.waiting().stream().noneMatch(w -> w.id() == stay), "not yet approved");
    Refusals.assertRefused(
        "stay",
        "shelterHandOver.notApproved",
        () ->
            handOvers.handOver(
                stay,
                recommended.version(),
                new PathwayForms.HandOver(
                    organisation.departmentId(), "Gaden 1", TODAY, null, "GIVEN", TODAY)));
    ActingUser.actAs(shelters.colleague(), Role.CASE_WORKER);
    assertTrue(stays.page(stay, DANISH).mayApprove());
    stays.approve(stay, recommended.version());
    var approved = stays.page(stay, DANISH).recommendation();
    assertEquals(shelters.colleague(), approved.approvedBy());
    assertFalse(approved.awaitingApproval());

    ActingUser.actAsCoordinatorOf("karin-" + suffix, organisation.unitCode());
    var waiting =
        handOvers.waiting().stream().filter(w -> w.id() == stay).findFirst().orElseThrow();
    var tenantId =
        handOvers.handOver(
            stay,
            waiting.version(),
            new PathwayForms.HandOver(
                organisation.departmentId(),
                "Gaden 1, 2. th.",
                TODAY,
                organisation.housingAdvisorId(),
                "GIVEN",
                TODAY));
    assertEquals(
        1L,
        fixtures.number("select count(*) from tenant where id = ?", tenantId),
        "exactly one tenant");
    assertEquals(
        1L,
        fixtures.number(
            "select count(*) from assignment where tenant_id = ? and worker_id = ? and role ="
                + " 'HOUSING_ADVISOR' and from_date = ?",
            tenantId,
            organisation.housingAdvisorId(),
            TODAY),
        "the shelter's housing advisor from move-in");
    assertEquals(
        "SHORT_TERM",
        fixtures.text("select support_track from tenant where id = ?", tenantId),
        "a housing advisor's support is the short-term track");
    assertEquals(
        tenantId,
        fixtures.number("select tenant_id from stay where id = ?", stay),
        "the stay keeps its link");
    assertEquals(StayStatus.MOVED_OUT, stays.page(stay, DANISH).status(), "karin now reaches it");
    assertTrue(handOvers.waiting().stream().noneMatch(w -> w.id() == stay));
    // Retention can be split by "came through the pathway" vs not.
    var month = java.time.YearMonth.from(TODAY);
    var split =
        retentions.retention(
            dk.kk.naboskab.insight.application.Retentions.By.PATHWAY,
            new dk.kk.naboskab.insight.application.Filter(month, month, null, null, null));
    assertTrue(
        split.stream().anyMatch(r -> r.key().equals("PATHWAY") && r.referred() >= 1),
        split.toString());
    Refusals.assertRefused(
        "stay",
        "shelterHandOver.notWaiting",
        () ->
            handOvers.handOver(
                stay,
                waiting.version(),
                new PathwayForms.HandOver(
                    organisation.departmentId(), "Gaden 1", TODAY, null, "GIVEN", TODAY)));

    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, organisation.associationCode());
    var seen = directory.ourTenant(tenantId);
    assertEquals("Kim Larsen " + suffix, seen.name());
    assertEquals("Bo pw" + suffix, seen.contactName(), "the housing advisor, consent given");
    assertThrows(AccessDenied.class, () -> stays.page(stay, DANISH), "nothing of the pathway");
  }

  /**
   * Part 5's second case worker: only a colleague who reaches the stay approves or sends back; a
   * recommendation sent back is gone with its citations and says why; the approval list of a case
   * worker's start page. And taking the case.
   */
  @Test
  void aColleagueApprovesOrSendsBackAndACaseWorkerTakesTheCase() {
    var stay = intake(cpr());
    var observation =
        stays
            .observe(
                stay,
                new PathwayForms.Observe(
                    stays.themes().get(0).getId(),
                    TODAY.minusDays(1),
                    Rating.MODERATE,
                    "Har brug for hjælp til post.",
                    null))
            .getId();

    // lise's intake has no case worker; one outposted there takes the case, one elsewhere cannot.
    ActingUser.actAs(shelters.elsewhere(), Role.CASE_WORKER);
    assertThrows(AccessDenied.class, () -> stays.take(stay, 0), "not outposted there");
    ActingUser.actAs(shelters.colleague(), Role.CASE_WORKER);
    var page = stays.page(stay, DANISH);
    assertEquals(null, page.caseWorker());
    assertTrue(page.mayTake());
    stays.take(stay, page.version());
    page = stays.page(stay, DANISH);
    assertEquals("Sofie " + suffix, page.caseWorker());
    assertFalse(page.mayTake(), "hers already");
    var version = page.version();
    Refusals.assertRefused(
        "caseWorker",
        "stay.caseWorker.already",
        () -> {
          stays.take(stay, version);
          return null;
        });
    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    assertTrue(stays.page(stay, DANISH).mayTake(), "jonas may take it over");
    stays.take(stay, version);
    assertEquals("Jonas " + suffix, stays.page(stay, DANISH).caseWorker());
    assertThrows(
        dk.kk.naboskab.shared.ConcurrentChange.class,
        () -> stays.take(stay, version),
        "a stale page is told, not obeyed");

    // jonas recommends; sofie sees it on her start page, sends it back with a reason.
    stays.recommend(
        stay,
        stays.page(stay, DANISH).version(),
        new PathwayForms.Recommend(
            dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME,
            dk.kk.naboskab.pathway.domain.Support.NONE,
            "Kan bo selv.",
            TODAY,
            java.util.List.of(observation)));
    assertTrue(stays.awaitingMyApproval().stream().noneMatch(a -> a.stayId() == stay), "his own");
    ActingUser.actAs(shelters.elsewhere(), Role.CASE_WORKER);
    assertThrows(AccessDenied.class, () -> stays.approve(stay, 0), "not outposted there");
    assertTrue(stays.awaitingMyApproval().stream().noneMatch(a -> a.stayId() == stay));
    ActingUser.actAs(shelters.colleague(), Role.CASE_WORKER);
    var waiting = stays.awaitingMyApproval();
    assertEquals(
        java.util.List.of("Kim Larsen " + suffix),
        waiting.stream()
            .filter(a -> a.stayId() == stay)
            .map(Stays.AwaitingApproval::resident)
            .toList());
    var recommendedVersion = stays.page(stay, DANISH).version();
    Refusals.assertRefused(
        "returnReason",
        "stay.return.reasonRequired",
        () -> {
          stays.sendBack(stay, recommendedVersion, " ");
          return null;
        });
    assertEquals(StayStatus.RECOMMENDED, stays.page(stay, DANISH).status(), "nothing half-done");
    stays.sendBack(stay, recommendedVersion, "Boevnen i forhold til økonomi er ikke belyst.");
    var back = stays.page(stay, DANISH);
    assertEquals(StayStatus.STAYING, back.status());
    assertEquals(null, back.recommendation());
    assertEquals(shelters.colleague(), back.returned().by());
    assertEquals("Boevnen i forhold til økonomi er ikke belyst.", back.returned().reason());
    assertEquals(
        0L,
        fixtures.number("select count(*) from recommendation_citation where stay_id = ?", stay),
        "its citations went with it");
    assertTrue(stays.awaitingMyApproval().stream().noneMatch(a -> a.stayId() == stay));

    // jonas recommends again; the return is answered; sofie approves.
    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    stays.recommend(
        stay,
        back.version(),
        new PathwayForms.Recommend(
            dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME,
            dk.kk.naboskab.pathway.domain.Support.HOUSING_ADVISOR,
            "Kan bo selv med en boligrådgiver til økonomien.",
            TODAY,
            java.util.List.of(observation)));
    assertEquals(null, stays.page(stay, DANISH).returned());
    Refusals.assertRefused(
        "approval",
        "stay.approval.ownRecommendation",
        () -> {
          stays.approve(stay, stays.page(stay, DANISH).version());
          return null;
        });
    ActingUser.actAs(shelters.colleague(), Role.CASE_WORKER);
    stays.approve(stay, stays.page(stay, DANISH).version());
    assertEquals(shelters.colleague(), stays.page(stay, DANISH).recommendation().approvedBy());
    assertTrue(stays.awaitingMyApproval().stream().noneMatch(a -> a.stayId() == stay));
    ActingUser.actAsShelterStaffOf("lise-" + suffix, shelters.first());
    assertThrows(AccessDenied.class, () -> stays.approve(stay, 0), "shelter staff never approve");
  }

  /**
   * Part 7: the figures against an independent computation on fixture data — six stays at shelter A
   * recommended in March 2021 after 10, 20, 30, 40, 100 and 200 days (four for their own home), two
   * at shelter B; four reviews at A, three with the case worker.
   */
  @Test
  void theFiguresMatchAnIndependentComputationAndAnalystsSeeNoSmallCells() {
    int[] days = {10, 20, 30, 40, 100, 200};
    var recommended = LocalDate.of(2021, 3, 15);
    for (var i = 0; i < days.length; i++) {
      stayRecommended(shelters.firstId(), recommended, days[i], i < 4 ? "OWN_HOME" : "OTHER", i);
    }
    stayRecommended(shelters.secondId(), recommended, 50, "OWN_HOME", 10);
    stayRecommended(shelters.secondId(), recommended, 70, "OWN_HOME", 11);
    for (var week = 0; week < 4; week++) {
      fixtures.update(
          "insert into review_meeting (shelter_id, week_of, held_on, case_worker_id)"
              + " values (?, ?, ?, (select id from case_worker where username = ?))",
          shelters.firstId(),
          LocalDate.of(2021, 3, 1).plusWeeks(week),
          LocalDate.of(2021, 3, 2).plusWeeks(week),
          week < 3 ? shelters.outposted() : "nobody");
    }
    var march =
        new dk.kk.naboskab.insight.application.Filter(
            java.time.YearMonth.of(2021, 3), java.time.YearMonth.of(2021, 3), null, null, null);

    ActingUser.actAsCoordinatorOf("karin-" + suffix, "AMAGER");
    var byShelter =
        figures.clarification(dk.kk.naboskab.insight.application.PathwayFigures.By.SHELTER, march);
    var a =
        byShelter.stream()
            .filter(f -> f.label().equals("Herberg A " + suffix))
            .findFirst()
            .orElseThrow();
    var sorted = java.util.Arrays.stream(days).sorted().mapToDouble(d -> d).toArray();
    assertEquals(6L, a.count());
    assertEquals(percentile(sorted, 0.5), a.medianDays(), 0.05, "median: (30 + 40) / 2");
    assertEquals(percentile(sorted, 0.9), a.p90Days(), 0.05, "p90: between 100 and 200");
    assertEquals(
        Math.round(1000.0 * java.util.Arrays.stream(days).filter(d -> d <= 90).count() / 6) / 10.0,
        a.withinTargetPercent());
    assertEquals(Math.round(1000.0 * 4 / 6) / 10.0, a.ownHomePercent());
    var attendance =
        figures.attendance(march).stream()
            .filter(x -> x.shelter().equals("Herberg A " + suffix))
            .findFirst()
            .orElseThrow();
    assertEquals(4, attendance.meetings());
    assertEquals(3, attendance.attended());
    assertEquals(75.0, attendance.percent());

    ActingUser.actAs("anna-" + suffix, Role.ANALYST);
    var seen =
        figures
            .clarification(dk.kk.naboskab.insight.application.PathwayFigures.By.SHELTER, march)
            .stream()
            .filter(f -> f.label().endsWith(suffix))
            .toList();
    assertEquals(2, seen.size());
    assertTrue(
        seen.stream()
            .allMatch(dk.kk.naboskab.insight.application.PathwayFigures.Clarified::suppressed),
        "B rests on two citizens; A is hidden with it, so the total cannot give B away: " + seen);

    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, "AMH");
    assertThrows(
        AccessDenied.class,
        () ->
            figures.clarification(
                dk.kk.naboskab.insight.application.PathwayFigures.By.MONTH, march));
  }

  /**
   * The key rotation re-encrypts a stay's number bound to the stay, like a tenant's (ADR 6, 26).
   */
  @Test
  void aStaysCprNumberIsRotatedBoundToTheStay() throws Exception {
    var stay = intake(cpr());
    var newKey = new byte[32];
    new java.security.SecureRandom().nextBytes(newKey);
    var rotating =
        dk.kk.naboskab.tenancy.infrastructure.CprCipher.fromSettings(
            java.util.Base64.getEncoder().encodeToString(newKey),
            "2",
            "1:" + dk.kk.naboskab.shared.Setting.CPR_KEY.value());
    try (var connection =
        java.sql.DriverManager.getConnection(
            dk.kk.naboskab.shared.Setting.DB_URL.value(),
            dk.kk.naboskab.shared.Setting.DB_USER.value(),
            dk.kk.naboskab.shared.Setting.DB_PASSWORD.value())) {
      var result =
          dk.kk.naboskab.tenancy.application.RotateCprKeys.runStays(
              connection,
              rotating,
              1,
              stay,
              stay,
              new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      assertEquals(new dk.kk.naboskab.tenancy.application.RotateCprKeys.Result(1, 0, 0), result);
    }
    var stored = fixtures.text("select cpr_encrypted from stay where id = ?", stay);
    assertTrue(stored.startsWith("v2:"), stored);
    assertEquals(
        "Kim Larsen " + suffix,
        fixtures.text("select concat(first_name, ' ', last_name) from stay where id = ?", stay));
    rotating.decrypt(stored, "stay", stay);
    assertThrows(
        IllegalStateException.class,
        () -> rotating.decrypt(stored, stay),
        "bound to the stay: it does not decrypt as the tenant of the same id");
  }

  /**
   * Part 2: the week's agenda puts the newest intakes and the stays near the target first, another
   * resident can be added; the meeting is recorded with the case worker's attendance; a meeting in
   * the future is refused on its field and a second saver with a stale form is told.
   */
  @Test
  void theWeeklyReviewPutsNewAndNearTargetResidentsFirstAndRecordsTheCaseWorker() {
    var fresh = intake(cpr());
    var near = stayAt(shelters.firstId(), TODAY.minusDays(80), "near");
    var middle = stayAt(shelters.firstId(), TODAY.minusDays(40), "middle");
    var agenda = reviews.agenda(shelters.firstId(), TODAY);
    assertEquals(
        java.util.List.of(fresh, near),
        agenda.rows().stream().map(Reviews.Row::stayId).toList(),
        "the new intake, then the one at day 80 of 90");
    assertEquals(Clarification.State.WARNING, agenda.rows().get(1).counter().state());
    assertTrue(agenda.addable().stream().anyMatch(c -> c.id() == middle));
    reviews.add(agenda.meetingId(), middle);
    agenda = reviews.agenda(shelters.firstId(), TODAY);
    assertEquals(3, agenda.rows().size(), "added by hand");

    var jonas =
        fixtures.number("select id from case_worker where username = ?", shelters.outposted());
    var notes =
        java.util.List.of(
            new Reviews.ItemInput(
                fresh, "Faldet godt til.", "Møde med jobcenter", "Lise", TODAY.plusDays(7)));
    var meeting = agenda.meetingId();
    var version = agenda.version();
    Refusals.assertRefused(
        "heldOn",
        "review.heldOn.future",
        () -> {
          reviews.record(meeting, version, new Reviews.Held(TODAY.plusDays(1), jonas, null, notes));
          return null;
        });
    reviews.record(meeting, version, new Reviews.Held(TODAY, jonas, "Lise, Per", notes));
    assertThrows(
        dk.kk.naboskab.shared.ConcurrentChange.class,
        () -> reviews.record(meeting, version, new Reviews.Held(TODAY, null, null, notes)),
        "a second saver with the old form is told");

    ActingUser.actAs(shelters.outposted(), Role.CASE_WORKER);
    var seen = reviews.agenda(shelters.firstId(), TODAY);
    assertEquals(TODAY, seen.heldOn());
    assertEquals(jonas, seen.caseWorkerId());
    assertEquals("Faldet godt til.", seen.rows().get(0).note());
    ActingUser.actAsShelterStaffOf("per-" + suffix, shelters.second());
    assertThrows(AccessDenied.class, () -> reviews.agenda(shelters.firstId(), TODAY));

    ActingUser.actAsCoordinatorOf("karin-" + suffix, "AMAGER");
    var month = java.time.YearMonth.from(TODAY);
    var attendance =
        figures
            .attendance(
                new dk.kk.naboskab.insight.application.Filter(month, month, null, null, null))
            .stream()
            .filter(a -> a.shelter().equals("Herberg A " + suffix))
            .findFirst()
            .orElseThrow();
    assertEquals(1, attendance.meetings());
    assertEquals(1, attendance.attended());
  }

  private long stayAt(long shelter, LocalDate intake, String name) {
    fixtures.update(
        "insert into stay (shelter_id, first_name, last_name, cpr_encrypted, cpr_index, intake_date,"
            + " status, created_at, created_by) values (?, 'Beboer', ?, 'x', ?, ?, 'STAYING',"
            + " utc_timestamp(6), 'test')",
        shelter,
        name + " " + suffix,
        "rv-" + suffix + "-" + name,
        intake);
    return fixtures.number("select id from stay where cpr_index = ?", "rv-" + suffix + "-" + name);
  }

  /** The 90th percentile the way MariaDB's percentile_cont computes it: linear interpolation. */
  private static double percentile(double[] sorted, double p) {
    var position = p * (sorted.length - 1);
    var below = (int) Math.floor(position);
    var above = (int) Math.ceil(position);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private void stayRecommended(
      long shelter, LocalDate recommended, int days, String outcome, int n) {
    fixtures.update(
        "insert into stay (shelter_id, first_name, last_name, cpr_encrypted, cpr_index, intake_date,"
            + " status, recommended_on, outcome, support, justification, ended_on, created_at,"
            + " created_by) values (?, 'Figur', ?, 'x', ?, ?, 'MOVED_OUT', ?, ?, ?, 'Fixtur.', ?,"
            + " utc_timestamp(6), 'test')",
        shelter,
        "Fixtur " + n,
        "fig-" + suffix + "-" + n,
        recommended.minusDays(days),
        recommended,
        outcome,
        outcome.equals("OWN_HOME") ? "NONE" : null,
        recommended.plusDays(30));
  }
}
