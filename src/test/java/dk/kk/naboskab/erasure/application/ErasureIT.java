package dk.kk.naboskab.erasure.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.application.Upload;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.insight.application.Filter;
import dk.kk.naboskab.insight.application.Measures;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.insight.application.Retentions;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.tenancy.application.TenancyFixtures;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In the container, on MariaDB: the retention policy (#16 part 3, ADR 25). A concern closed six
 * years ago and a tenant whose tenancy ended six years ago go; an open concern of six years, and a
 * tenant who still has one, stay; the dry run says exactly that first; the figures read the same
 * after; the night's run happens once however many nodes fire.
 */
@NaboskabIT
class ErasureIT {
  private static final Locale DANISH = Locale.forLanguageTag("da");
  private static final LocalDate THEN = LocalDate.of(2020, 3, 2);
  private static final LocalDate NOW = LocalDate.of(2026, 6, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject Erasure erasure;
  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject ConcernService concerns;
  @Inject ConcernReading reading;
  @Inject ConcernChoices choices;
  @Inject Measures measures;
  @Inject ResponseTimes responseTimes;
  @Inject Retentions retentions;

  @AfterEach
  void signOutAndReleaseTheClock() {
    ActingUser.anonymous();
    TestClock.release();
  }

  @Test
  void theDryRunNamesWhatGoesARunDoesExactlyThatAndTheFiguresStayTheSame() throws Exception {
    TestClock.pin(THEN, LocalTime.of(10, 0));
    var suffix = "ret" + System.nanoTime() % 1_000_000;
    var org = fixtures.organisation(suffix);
    var hanne = "hanne-" + suffix;
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var gone = register(org, "Gå", "Væk", THEN);
    var kept = register(org, "Bliv", "Her", THEN);
    var housed = register(org, "Bor", "Endnu", THEN);
    var categoryId = choices.categories(DANISH).get(0).id();

    // Gone: a concern with a photo, answered, resolved and confirmed in 2020; tenancy ended 2020.
    ActingUser.actAs(hanne, Role.HOUSING_STAFF, org.associationCode());
    var closed =
        concerns.file(
            new FileConcern(gone, categoryId, Urgency.NORMAL, "Råben om natten.", null, "Opgang A"),
            List.of(new Upload("trappe.png", dk.kk.naboskab.testsupport.TestImages.png())));
    // Kept: a concern of 2020 never resolved; the tenancy ended too.
    var open =
        concerns.file(
            new FileConcern(kept, categoryId, Urgency.NORMAL, "Lugt af røg.", null, null),
            List.of());
    // Housed: resolved and confirmed in 2020, but the tenant still lives there.
    var housedConcern =
        concerns.file(
            new FileConcern(housed, categoryId, Urgency.NORMAL, "Vand i kælderen.", null, null),
            List.of());
    ActingUser.actAs("henrik-" + suffix, Role.SUPPORT_WORKER);
    for (var id : List.of(closed, housedConcern)) {
      concerns.take(id, reading.details(id, DANISH).version(), Step.ACKNOWLEDGE, null, List.of());
      concerns.take(
          id, reading.details(id, DANISH).version(), Step.REPLY, "Vi ser på det.", List.of());
      concerns.resolve(id, reading.details(id, DANISH).version(), Outcome.HOME_VISIT, "Besøgt.");
    }
    ActingUser.actAs(hanne, Role.HOUSING_STAFF, org.associationCode());
    for (var id : List.of(closed, housedConcern)) {
      concerns.take(id, reading.details(id, DANISH).version(), Step.CONFIRM, null, List.of());
    }
    TestClock.pin(NOW, LocalTime.of(10, 0));
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    for (var tenant : List.of(gone, kept)) {
      tenancy.endTenancy(tenant, version(tenant), THEN.plusMonths(1), TenancyEndReason.MOVED);
    }

    measureAll();
    var filter = new Filter(null, null, null, associationId(org), null);
    var timesBefore = responseTimes.allClocks(ResponseTimes.Dimension.MONTH, filter, DANISH);
    var keptBefore = retentions.retention(Retentions.By.TRACK, filter);

    // Only this test's rows are counted here; other tests' rows may be due too.
    var policy = new Erasure.Policy(5, 12, 5, 5);
    var now = NOW.atTime(10, 0).atZone(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN).toInstant();
    var before = erasure.dryRun(now, policy);
    var ours = ourDue(suffix);
    assertEquals(List.of(1L, 1L, 1L), ours, "closed: 1 concern (and its 1 file); 1 tenant gone");
    assertTrue(count(before, "CONCERNS") >= 2, "the housed tenant's closed concern is due too");

    var done = erasure.run(now, policy, "admin", null).orElseThrow();
    assertTrue(done.concerns() >= 2 && done.tenants() >= 1, done.toString());

    // Gone: words and names blanked, the file deleted, the figures' facts kept.
    var row =
        fixtures
            .rows(
                "select description, location, filed_by_name, anonymised_at, category_id,"
                    + " resolved_at from concern where public_id = ?",
                closed)
            .get(0);
    assertEquals("", row[0]);
    assertEquals(null, row[1]);
    assertEquals("anonymiseret", row[2]);
    assertTrue(row[3] != null && row[4] != null && row[5] != null, java.util.Arrays.toString(row));
    assertEquals(
        0L,
        fixtures.number(
            "select count(*) from concern_event e join concern c on c.id = e.concern_id"
                + " where c.public_id = ? and (e.text is not null or e.actor_name <> 'anonymiseret')",
            closed));
    assertEquals(
        0L,
        fixtures.number(
            "select count(*) from concern_attachment a join concern c on c.id = a.concern_id"
                + " where c.public_id = ?",
            closed));
    var tenantRow =
        fixtures
            .rows(
                "select first_name, phone, address, cpr_encrypted, anonymised_at, referral_date,"
                    + " tenancy_end_date, department_id from tenant where id = ?",
                gone)
            .get(0);
    assertEquals("Anonymiseret", tenantRow[0]);
    assertEquals(null, tenantRow[1]);
    assertEquals("anonymised", tenantRow[3]);
    assertTrue(tenantRow[4] != null && tenantRow[5] != null && tenantRow[6] != null);

    // Kept: the open concern and its tenant; the housed tenant's name.
    assertEquals(
        "Lugt af røg.",
        fixtures.rows("select description, id from concern where public_id = ?", open).get(0)[0]);
    assertEquals(
        "Bliv", fixtures.rows("select first_name, id from tenant where id = ?", kept).get(0)[0]);
    assertEquals(
        "Bor", fixtures.rows("select first_name, id from tenant where id = ?", housed).get(0)[0]);

    // The same figures after.
    measureAll();
    assertEquals(
        timesBefore, responseTimes.allClocks(ResponseTimes.Dimension.MONTH, filter, DANISH));
    assertEquals(keptBefore, retentions.retention(Retentions.By.TRACK, filter));
    assertEquals(List.of(0L, 0L, 0L), ourDue(suffix), "nothing of ours left to do");
    assertFalse(erasure.runs(5).isEmpty());
  }

  @Test
  void theNightsRunHappensOnceHoweverManyNodesFire() {
    TestClock.pin(NOW, LocalTime.of(2, 30));
    var night = LocalDate.of(2031, 1, 1).plusDays(System.nanoTime() % 3000);
    var policy = new Erasure.Policy(5, 12, 5, 5);
    var at = NOW.atTime(2, 30).atZone(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN).toInstant();
    // Four nodes' timers fire in the same instant (#19): each its own thread and transaction.
    var nodes = 4;
    var ready = new java.util.concurrent.CyclicBarrier(nodes);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(nodes);
    var runs = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
    try {
      for (var i = 0; i < nodes; i++) {
        runs.add(
            pool.submit(
                () -> {
                  ready.await();
                  return erasure.run(at, policy, "nightly", night).isPresent();
                }));
      }
      var ran = 0;
      for (var run : runs) {
        ran += run.get(2, java.util.concurrent.TimeUnit.MINUTES) ? 1 : 0;
      }
      assertEquals(1, ran, "one node runs the night; the others find it taken");
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
    assertTrue(
        erasure.run(at, policy, "nightly", night).isEmpty(), "a later node finds the night taken");
    assertEquals(
        1L, fixtures.number("select count(*) from retention_run where scheduled_day = ?", night));
  }

  /** This test's concerns, files and tenants due: counted by its organisation's suffix. */
  private List<Long> ourDue(String suffix) {
    var cutoff = NOW.minusYears(5);
    return List.of(
        fixtures.number(
            "select count(*) from concern c join tenant t on t.id = c.tenant_id"
                + " join department d on d.id = t.department_id join district di on di.id = d.district_id"
                + " join unit u on u.id = di.unit_id where u.code = ? and c.anonymised_at is null"
                + " and c.resolved_at < ? and t.tenancy_end_date is not null",
            "U" + suffix,
            cutoff),
        fixtures.number(
            "select count(*) from concern_attachment a join concern c on c.id = a.concern_id"
                + " join tenant t on t.id = c.tenant_id join department d on d.id = t.department_id"
                + " join district di on di.id = d.district_id join unit u on u.id = di.unit_id"
                + " where u.code = ? and c.resolved_at < ?",
            "U" + suffix,
            cutoff),
        fixtures.number(
            "select count(*) from tenant t join department d on d.id = t.department_id"
                + " join district di on di.id = d.district_id join unit u on u.id = di.unit_id"
                + " where u.code = ? and t.anonymised_at is null and t.tenancy_end_date < ?"
                + " and not exists (select 1 from concern c where c.tenant_id = t.id"
                + " and c.resolved_at is null)",
            "U" + suffix,
            cutoff));
  }

  private static long count(List<Erasure.Line> lines, String kind) {
    return lines.stream().filter(l -> l.kind().equals(kind)).findFirst().orElseThrow().count();
  }

  private long register(
      TenancyFixtures.Organisation org, String first, String last, LocalDate day) {
    var id =
        tenancy
            .registerTenant(TenancyFixtures.housedTenant(org.departmentId(), first, last, day))
            .getId();
    tenancy.assign(
        id, org.homeSupportId(), WorkerType.HOME_SUPPORT, Period.from(day.minusMonths(1)));
    return id;
  }

  private int version(long tenant) {
    return (int) fixtures.number("select version from tenant where id = ?", tenant);
  }

  private long associationId(TenancyFixtures.Organisation org) {
    return fixtures.number(
        "select id from housing_association where code = ?", org.associationCode());
  }

  private void measureAll() {
    while (measures.refreshStale(500) > 0) {
      // until every concern is measured at its current version
    }
  }
}
