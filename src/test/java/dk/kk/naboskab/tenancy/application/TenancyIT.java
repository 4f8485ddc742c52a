package dk.kk.naboskab.tenancy.application;

import static dk.kk.naboskab.testsupport.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.TenantEvent;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In the container, on MariaDB: registering tenants, assignments and absences, and who answers. */
@NaboskabIT
class TenancyIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject TenantDirectory directory;
  @Inject AuditLog auditLog;
  @Inject TenantRegister register;
  @Inject OrganisationAdmin admin;
  @Inject CitizenCounts counts;

  private TenancyFixtures.Organisation organisation;
  private long departmentId;
  private long henrik;
  private long sara;
  private long bo;

  @AfterEach
  void signOut() {
    ActingUser.anonymous();
    TestClock.release();
  }

  @BeforeEach
  void anOrganisation() {
    var made =
        organisation =
            fixtures.organisation(SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000);
    ActingUser.actAsCoordinatorOf("karin", made.unitCode());
    departmentId = made.departmentId();
    henrik = made.homeSupportId();
    sara = made.supportContactId();
    bo = made.housingAdvisorId();
  }

  private RegisterTenant tenantIn(long department, String cpr) {
    return new RegisterTenant(
        "Jens",
        "Hansen",
        cpr,
        "33 12 34 56",
        department,
        "Gaden 1, 2. tv.",
        MARCH_2.minusDays(20),
        MARCH_2,
        SupportTrack.LONG_TERM,
        Consent.GIVEN,
        MARCH_2.minusDays(20));
  }

  @Test
  void housingStaffSeeTheirOwnAssociationsTenantsWithTheContactPersonOnly() throws Exception {
    var other = fixtures.organisation("other-" + SEQUENCE.incrementAndGet());
    var ours = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var theirs = registerIn(other);
    call(() -> tenancy.assign(ours.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));

    ActingUser.actAs("hanne", Role.HOUSING_STAFF, organisation.associationCode());
    var seen = directory.ourTenants(0, 100);

    assertEquals(
        java.util.List.of(ours.getId()), seen.stream().map(TenantDirectory.OurTenant::id).toList());
    assertTrue(seen.get(0).contactName().startsWith("Henrik "), seen.get(0).toString());
    assertEquals("33170000", seen.get(0).contactPhone());
    assertEquals(1, directory.countOurTenants());
    assertFalse(seen.stream().anyMatch(t -> t.id() == theirs.getId()));
  }

  @Test
  void housingStaffCannotOpenAnotherAssociationsTenantByItsId() throws Exception {
    var other = fixtures.organisation("other-" + SEQUENCE.incrementAndGet());
    var ours = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var theirs = registerIn(other);

    ActingUser.actAs("hanne", Role.HOUSING_STAFF, organisation.associationCode());

    assertEquals(ours.getId(), directory.ourTenant(ours.getId()).id());
    assertThrows(AccessDenied.class, () -> directory.ourTenant(theirs.getId()));
    assertThrows(AccessDenied.class, () -> directory.ourTenant(Long.MAX_VALUE));
  }

  @Test
  void housingStaffCannotOpenATenantWhoHasMovedOut() throws Exception {
    var housed = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var movedOut = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var version =
        register.details(movedOut.getId(), java.util.Locale.ENGLISH).orElseThrow().version();
    tenancy.endTenancy(movedOut.getId(), version, MARCH_2.plusDays(10), TenancyEndReason.MOVED);

    ActingUser.actAs("hanne", Role.HOUSING_STAFF, organisation.associationCode());

    assertEquals(housed.getId(), directory.ourTenant(housed.getId()).id());
    assertThrows(AccessDenied.class, () -> directory.ourTenant(movedOut.getId()));
    assertTrue(directory.ourTenantChoice(movedOut.getId()).isEmpty());
    assertEquals(
        java.util.List.of(housed.getId()),
        directory.ourTenants(0, 100).stream().map(TenantDirectory.OurTenant::id).toList());
    assertEquals(
        java.util.List.of(housed.getId()),
        directory.findOurTenants("Hansen", 10).stream()
            .map(TenantDirectory.TenantChoice::id)
            .toList());
    assertEquals(AuditEvent.Action.REFUSED, auditLog.latestBy("hanne", 1).get(0).getAction());
  }

  @Test
  void housingStaffFindAnyOfTheirTenantsByNameAddressOrDepartment() throws Exception {
    var marker = "Yy" + SEQUENCE.incrementAndGet() + "q" + System.nanoTime() % 100000;
    for (var i = 0; i < 23; i++) {
      var first = String.format("N%02d", i);
      registerNamed(first, marker, "Vej " + first);
    }
    var other = fixtures.organisation("find-" + SEQUENCE.incrementAndGet());
    registerIn(other);

    ActingUser.actAs("hanne", Role.HOUSING_STAFF, organisation.associationCode());

    var found = directory.findOurTenants(marker, 21);
    assertEquals(21, found.size(), "one more than the form shows, so it can say there are more");
    assertEquals("N00 " + marker, found.get(0).name());
    var last = directory.findOurTenants("N22 " + marker, 21);
    assertEquals(1, last.size(), "the last one alphabetically is found by name");
    assertEquals(
        "N22 " + marker + " – Vej N22 (Afdeling 1)", last.get(0).label(), "name, address, dept.");
    assertEquals(1, directory.findOurTenants("Vej N22", 21).size(), "by address");
    assertTrue(directory.findOurTenants("Afdeling 1", 100).size() >= 23, "by department");
    assertTrue(directory.findOurTenants("%", 100).isEmpty(), "a typed % matches only itself");
    assertTrue(
        directory.findOurTenants("Hansen", 100).isEmpty(),
        "the other association's Jens Hansen is not hers");
  }

  @Test
  void aCoordinatorReachesOnlyTheTenantsAndWorkersOfHerUnit() throws Exception {
    var other = fixtures.organisation("valby-" + SEQUENCE.incrementAndGet());
    var ours = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var theirCpr = uniqueCpr();
    ActingUser.actAsCoordinatorOf("karin-" + other.unitCode(), other.unitCode());
    var theirs = call(() -> tenancy.registerTenant(tenantIn(other.departmentId(), theirCpr)));
    call(
        () ->
            tenancy.assign(
                theirs.getId(),
                other.homeSupportId(),
                WorkerType.HOME_SUPPORT,
                Period.from(MARCH_2)));
    var theirVersion =
        register.details(theirs.getId(), java.util.Locale.ENGLISH).orElseThrow().version();
    var assignmentId =
        register
            .details(theirs.getId(), java.util.Locale.ENGLISH)
            .orElseThrow()
            .assignments()
            .get(0)
            .id();
    var assignments = fixtures.count("assignment");
    var absences = fixtures.count("absence");
    var events = fixtures.count("tenant_event");

    ActingUser.actAsCoordinatorOf("karin", organisation.unitCode());
    var id = theirs.getId();

    assertTrue(register.details(id, java.util.Locale.ENGLISH).isEmpty(), "reads as not found");
    assertTrue(register.findByCpr(theirCpr).isEmpty(), "the CPR search finds nobody");
    assertFalse(
        register.search(TenantRegister.TenantQuery.all(), null, true, 0, 10_000).stream()
            .anyMatch(r -> r.id() == id),
        "not in her list");
    assertThrows(AccessDenied.class, () -> tenancy.cprOf(id));
    var edit = edit(register.details(ours.getId(), java.util.Locale.ENGLISH).orElseThrow(), "X");
    assertThrows(AccessDenied.class, () -> tenancy.correctTenant(id, theirVersion, edit));
    assertThrows(
        AccessDenied.class,
        () -> tenancy.endTenancy(id, theirVersion, MARCH_2.plusDays(5), TenancyEndReason.MOVED));
    assertThrows(
        AccessDenied.class,
        () -> tenancy.assign(id, henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    assertThrows(
        AccessDenied.class,
        () ->
            tenancy.assign(
                ours.getId(),
                other.supportContactId(),
                WorkerType.SUPPORT_CONTACT,
                Period.from(MARCH_2)));
    assertThrows(
        AccessDenied.class, () -> tenancy.handOver(assignmentId, henrik, MARCH_2.plusDays(3)));
    assertThrows(AccessDenied.class, () -> tenancy.endAssignment(assignmentId, MARCH_2));
    assertThrows(
        AccessDenied.class,
        () -> tenancy.registerAbsence(other.homeSupportId(), Period.from(MARCH_2), henrik));
    assertThrows(
        AccessDenied.class,
        () -> tenancy.registerAbsence(henrik, Period.from(MARCH_2), other.homeSupportId()));
    var notCovered =
        assertThrows(
            RuleViolation.class,
            () -> tenancy.registerTenant(tenantIn(other.departmentId(), uniqueCpr())));
    assertEquals("departmentId", notCovered.field());
    assertFalse(
        register.departments().stream().anyMatch(d -> d.id() == other.departmentId()),
        "the form offers only her unit's departments");
    assertFalse(
        register.workers(null).stream().anyMatch(w -> w.id() == other.homeSupportId()),
        "and only her unit's workers");

    assertEquals(assignments, fixtures.count("assignment"), "nothing changed");
    assertEquals(absences, fixtures.count("absence"));
    assertEquals(events, fixtures.count("tenant_event"));
    ActingUser.actAsCoordinatorOf("karin-" + other.unitCode(), other.unitCode());
    assertEquals(
        theirVersion, register.details(id, java.util.Locale.ENGLISH).orElseThrow().version());
    assertEquals(AuditEvent.Action.REFUSED, auditLog.latestBy("karin", 1).get(0).getAction());
  }

  @Test
  void aCoordinatorWhoseLoginNamesNoUnitReachesNoTenant() throws Exception {
    var ours = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));

    ActingUser.actAs("karin", Role.COORDINATOR);

    assertEquals(0, register.count(TenantRegister.TenantQuery.all()), "an empty list");
    assertTrue(register.search(TenantRegister.TenantQuery.all(), null, true, 0, 10).isEmpty());
    assertTrue(register.details(ours.getId(), java.util.Locale.ENGLISH).isEmpty());
    assertThrows(AccessDenied.class, () -> tenancy.cprOf(ours.getId()));
    assertTrue(register.workers(null).isEmpty(), "no workers to plan for");
    assertTrue(register.departments().isEmpty());
    ActingUser.actAsCoordinatorOf("karin", "NO-SUCH-UNIT");
    assertTrue(register.details(ours.getId(), java.util.Locale.ENGLISH).isEmpty());
  }

  @Test
  void aWorkerSeesOnlyTheTenantsTheySupportToday() throws Exception {
    var mine = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var notMine = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var ended = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    call(() -> tenancy.assign(mine.getId(), bo, WorkerType.HOUSING_ADVISOR, Period.from(MARCH_2)));
    call(
        () ->
            tenancy.assign(
                notMine.getId(), sara, WorkerType.SUPPORT_CONTACT, Period.from(MARCH_2)));
    call(
        () ->
            tenancy.assign(
                ended.getId(),
                bo,
                WorkerType.HOUSING_ADVISOR,
                Period.between(MARCH_2, MARCH_2.plusDays(10))));

    ActingUser.actAs(organisation.housingAdvisorUsername(), Role.SUPPORT_WORKER);

    assertEquals(
        java.util.List.of(mine.getId()),
        directory.myTenants().stream().map(TenantDirectory.MyTenant::id).toList());
  }

  @Test
  void aSignedInWorkerMissingFromTheRegisterSeesNoTenants() {
    ActingUser.actAs("not-yet-registered", Role.SUPPORT_WORKER);

    assertFalse(directory.isRegisteredWorker());
    assertEquals(java.util.List.of(), directory.myTenants());
  }

  @Test
  void analystsSeeNoIndividualTenant() {
    ActingUser.actAs("anna", Role.ANALYST);

    assertThrows(AccessDenied.class, () -> directory.ourTenants(0, 10));
    assertThrows(AccessDenied.class, () -> directory.myTenants());
  }

  /** A tenant of the test's department without support, named and placed as the test needs. */
  private void registerNamed(String firstName, String lastName, String address) throws Exception {
    call(
        () ->
            tenancy.registerTenant(
                new RegisterTenant(
                    firstName,
                    lastName,
                    uniqueCpr(),
                    "",
                    departmentId,
                    address,
                    MARCH_2,
                    MARCH_2,
                    SupportTrack.NONE,
                    Consent.GIVEN,
                    MARCH_2)));
  }

  /** A tenant of another organisation's department, registered by that unit's coordinator. */
  private dk.kk.naboskab.tenancy.domain.Tenant registerIn(TenancyFixtures.Organisation other)
      throws Exception {
    ActingUser.actAsCoordinatorOf("karin-" + other.unitCode(), other.unitCode());
    try {
      return call(() -> tenancy.registerTenant(tenantIn(other.departmentId(), uniqueCpr())));
    } finally {
      ActingUser.actAsCoordinatorOf("karin", organisation.unitCode());
    }
  }

  private RegisterTenant tenant(String cpr) {
    return new RegisterTenant(
        "Jens",
        "Hansen",
        cpr,
        "33 12 34 56",
        departmentId,
        "Gaden 1, 2. tv.",
        MARCH_2.minusDays(20),
        MARCH_2,
        SupportTrack.LONG_TERM,
        Consent.GIVEN,
        MARCH_2.minusDays(20));
  }

  private static String uniqueCpr() {
    // Day 01–28, month 01–12, year 60–99, then four digits: always a real date.
    var n = (int) (System.nanoTime() % 1_000_000);
    return String.format(
        "%02d%02d%02d-%04d", 1 + n % 28, 1 + (n / 28) % 12, 60 + (n / 336) % 40, n % 10_000);
  }

  @Test
  void aRegisteredTenantsCprIsStoredEncryptedAndReadsBack() throws Exception {
    var cpr = uniqueCpr();
    var tenant = call(() -> tenancy.registerTenant(tenant(cpr)));

    var stored = fixtures.storedCpr(tenant.getId());
    assertFalse(stored.contains(cpr.replace("-", "")));
    assertEquals(CprNumber.parse(cpr), call(() -> tenancy.cprOf(tenant.getId())));
    var logged = auditLog.latestBy("karin", 1).get(0);
    assertEquals(AuditEvent.Action.READ_CPR, logged.getAction());
    assertEquals(tenant.getId(), logged.getTenantId());
    assertEquals(AuditEvent.Outcome.SHOWN, logged.getOutcome());
  }

  @Test
  void aSecondTenantWithTheSameCprIsRefusedAndNothingIsStored() throws Exception {
    var cpr = uniqueCpr();
    call(() -> tenancy.registerTenant(tenant(cpr)));
    var before = count("tenant");

    var violation =
        assertThrows(RuleViolation.class, () -> call(() -> tenancy.registerTenant(tenant(cpr))));

    assertEquals("cpr", violation.field());
    assertEquals("tenant.cprExists", violation.messageKey());
    assertEquals(before, count("tenant"));
  }

  @Test
  void aMoveInBeforeTheReferralIsRefusedOnTheMoveInDate() {
    var command =
        new RegisterTenant(
            "Jens",
            "Hansen",
            uniqueCpr(),
            "33 12 34 56",
            departmentId,
            "Gaden 1",
            MARCH_2,
            MARCH_2.minusDays(1),
            SupportTrack.NONE,
            Consent.REFUSED,
            MARCH_2);

    assertRefused("moveInDate", null, () -> tenancy.registerTenant(command));
  }

  @Test
  void aBlankNameIsRefusedByValidationNamingTheField() {
    var command =
        new RegisterTenant(
            " ",
            "Hansen",
            uniqueCpr(),
            "33 12 34 56",
            departmentId,
            "Gaden 1",
            MARCH_2,
            MARCH_2,
            SupportTrack.NONE,
            Consent.REFUSED,
            MARCH_2);

    assertRefused("firstName", "NotBlank", () -> tenancy.registerTenant(command));
  }

  @Test
  void onlyACoordinatorMayRegisterOrReadACprNumber() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));

    ActingUser.actAs("bo", Role.SUPPORT_WORKER);
    assertThrows(AccessDenied.class, () -> tenancy.registerTenant(tenant(uniqueCpr())));
    assertThrows(AccessDenied.class, () -> tenancy.cprOf(tenant.getId()));
    ActingUser.actAs("hanne", Role.HOUSING_STAFF);
    assertThrows(AccessDenied.class, () -> tenancy.cprOf(tenant.getId()));
    ActingUser.anonymous();
    assertThrows(
        AccessDenied.class,
        () -> tenancy.assign(tenant.getId(), bo, WorkerType.HOUSING_ADVISOR, Period.from(MARCH_2)));
  }

  @Test
  void theLongTermWorkerAnswersAndTheSubstituteWhileTheyAreAway() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    call(
        () ->
            tenancy.assign(
                tenant.getId(),
                bo,
                WorkerType.HOUSING_ADVISOR,
                Period.between(MARCH_2, MARCH_2.plusMonths(3))));
    call(
        () ->
            tenancy.assign(tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    call(
        () ->
            tenancy.registerAbsence(
                henrik, Period.between(MARCH_2.plusDays(7), MARCH_2.plusDays(10)), sara));

    var normally = tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2.plusDays(1)));
    var whileAway = tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2.plusDays(8)));

    assertEquals(henrik, ((Responsibility.Worker) normally).workerId());
    assertEquals(sara, ((Responsibility.Worker) whileAway).workerId());
    assertEquals(WorkerType.HOME_SUPPORT, ((Responsibility.Worker) whileAway).role());
  }

  @Test
  void aWorkerOfTheWrongTypeIsRefusedAndNotStored() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var before = count("assignment");

    assertRefused(
        "worker",
        null,
        () -> tenancy.assign(tenant.getId(), sara, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    assertEquals(before, count("assignment"));
  }

  @Test
  void aSubstituteLoopIsRefused() throws Exception {
    call(() -> tenancy.registerAbsence(henrik, Period.between(MARCH_2, MARCH_2.plusDays(5)), sara));

    assertRefused(
        "substitute",
        "absence.substituteLoop",
        () ->
            tenancy.registerAbsence(
                sara, Period.between(MARCH_2.plusDays(5), MARCH_2.plusDays(9)), henrik));
  }

  @Test
  void aTenantWithoutWorkersGoesToTheTeam() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));

    assertInstanceOf(
        Responsibility.Team.class, tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2)));
  }

  @Test
  void aLoopClosedByAnOpenEndedAbsenceIsRefused() throws Exception {
    call(() -> tenancy.registerAbsence(henrik, Period.between(MARCH_2, MARCH_2.plusDays(5)), sara));

    assertRefused(
        "substitute",
        "absence.substituteLoop",
        () -> tenancy.registerAbsence(sara, Period.from(MARCH_2.plusDays(3)), henrik));
  }

  @Test
  void aHandOverEndsTheOldAssignmentTheDayBeforeAndTheNewWorkerAnswersFromThen() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var first =
        call(
            () ->
                tenancy.assign(
                    tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    var colleague = fixtures.colleagueOf(henrik, WorkerType.HOME_SUPPORT, "Hanna Hjem");

    call(() -> tenancy.handOver(first.getId(), colleague, MARCH_2.plusDays(10)));

    assertEquals(
        henrik,
        ((Responsibility.Worker) tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2.plusDays(9))))
            .workerId());
    assertEquals(
        colleague,
        ((Responsibility.Worker)
                tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2.plusDays(10))))
            .workerId());
    var details =
        register.details(tenant.getId(), java.util.Locale.forLanguageTag("da")).orElseThrow();
    assertEquals(2, details.assignments().size());
    assertEquals(MARCH_2.plusDays(9), details.assignments().get(0).until());
    assertTrue(
        details.history().stream().anyMatch(e -> e.getKind() == TenantEvent.Kind.HANDED_OVER));
  }

  @Test
  void aHandOverOnTheFirstDayIsRefusedAndNothingChanges() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var first =
        call(
            () ->
                tenancy.assign(
                    tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    var colleague = fixtures.colleagueOf(henrik, WorkerType.HOME_SUPPORT, "Hanna Hjem");
    var before = count("assignment");

    var refused =
        assertThrows(
            RuleViolation.class, () -> tenancy.handOver(first.getId(), colleague, MARCH_2));

    assertEquals("from", refused.field());
    assertEquals(before, count("assignment"));
    assertTrue(
        register
                .details(tenant.getId(), java.util.Locale.ENGLISH)
                .orElseThrow()
                .assignments()
                .get(0)
                .until()
            == null,
        "the first assignment is still open-ended");
  }

  @Test
  void aCorrectionFromAStaleFormIsRefusedAndTheFirstSaveStands() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    var loaded = register.details(tenant.getId(), java.util.Locale.ENGLISH).orElseThrow();

    tenancy.correctTenant(tenant.getId(), loaded.version(), edit(loaded, "Første"));
    assertThrows(
        ConcurrentChange.class,
        () -> tenancy.correctTenant(tenant.getId(), loaded.version(), edit(loaded, "Anden")));

    var now = register.details(tenant.getId(), java.util.Locale.ENGLISH).orElseThrow();
    assertEquals("Første", now.firstName());
    assertEquals(loaded.version() + 1, now.version());
  }

  private static EditTenant edit(TenantRegister.TenantDetails t, String firstName) {
    return new EditTenant(
        firstName,
        t.lastName(),
        t.phone(),
        t.departmentId(),
        t.address(),
        t.referralDate(),
        t.moveInDate(),
        t.supportTrack(),
        t.consent(),
        t.consentDate());
  }

  @Test
  void endingATenancyEndsTheAssignmentsRunningPastIt() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    call(
        () ->
            tenancy.assign(tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    var version =
        register.details(tenant.getId(), java.util.Locale.ENGLISH).orElseThrow().version();

    tenancy.endTenancy(tenant.getId(), version, MARCH_2.plusMonths(2), TenancyEndReason.EVICTED);

    var details = register.details(tenant.getId(), java.util.Locale.ENGLISH).orElseThrow();
    assertEquals(TenancyEndReason.EVICTED, details.endReason());
    assertEquals(MARCH_2.plusMonths(2), details.assignments().get(0).until());
    assertInstanceOf(
        Responsibility.Team.class,
        tenancy.responsibleAt(tenant.getId(), noonOn(MARCH_2.plusMonths(2).plusDays(1))));
  }

  @Test
  void theCoordinatorsListFiltersSortsAndPagesInTheDatabase() throws Exception {
    var marker = "Zz" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
    for (var first : java.util.List.of("Ea", "Ca", "Da")) {
      registerNamed(first, marker, "Gaden 1");
    }
    var query = new TenantRegister.TenantQuery(marker, null, null, null, TenantRegister.Status.ALL);

    assertEquals(3, register.count(query));
    var page = register.search(query, TenantRegister.SortBy.NAME, false, 1, 2);
    assertEquals(
        java.util.List.of("Da", "Ca"),
        page.stream().map(TenantRegister.TenantRow::firstName).toList());
    assertEquals(
        0,
        register.count(
            new TenantRegister.TenantQuery(
                marker, null, null, SupportTrack.LONG_TERM, TenantRegister.Status.ALL)));
  }

  @Test
  void aCoordinatorFindsATenantByTheExactCprNumberOnly() throws Exception {
    var cpr = uniqueCpr();
    var tenant = call(() -> tenancy.registerTenant(tenant(cpr)));

    assertEquals(java.util.Optional.of(tenant.getId()), register.findByCpr(cpr.replace("-", "")));
    var refused = assertThrows(RuleViolation.class, () -> register.findByCpr("12345"));
    assertEquals("cpr", refused.field());
  }

  @Test
  void onlyCoordinatorsUseTheRegister() {
    for (var role :
        java.util.List.of(Role.HOUSING_STAFF, Role.SUPPORT_WORKER, Role.ANALYST, Role.ADMIN)) {
      ActingUser.actAs("someone", role, organisation.associationCode());
      assertThrows(
          AccessDenied.class, () -> register.count(TenantRegister.TenantQuery.all()), role.name());
      assertThrows(
          AccessDenied.class, () -> register.details(1, java.util.Locale.ENGLISH), role.name());
      assertThrows(AccessDenied.class, () -> tenancy.endAssignment(1, MARCH_2), role.name());
    }
  }

  @Test
  void theTenantPageSaysWhoAnswersAndWhyInPlainDanish() throws Exception {
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    // A Tuesday in spring, the same whatever day the test runs.
    var today = LocalDate.of(2026, 4, 14);
    TestClock.pin(today, java.time.LocalTime.of(10, 0));
    call(
        () ->
            tenancy.assign(tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));
    call(
        () ->
            tenancy.registerAbsence(
                henrik, Period.between(today.minusDays(1), today.plusDays(3)), sara));

    var responsible =
        register
            .details(tenant.getId(), java.util.Locale.forLanguageTag("da"))
            .orElseThrow()
            .responsible();

    assertTrue(responsible.who().startsWith("Sara "), responsible.who());
    assertTrue(
        responsible.why().startsWith("Hjemmevejleder (§85) Henrik ")
            && responsible.why().contains(" er fraværende til og med "),
        responsible.why());
  }

  @Test
  void anAdministratorMaintainsTheOrganisationAndDuplicatesOrStaleFormsAreRefused() {
    ActingUser.actAs("admin", Role.ADMIN);
    var code = "T" + System.nanoTime() % 1_000_000_000L;
    var unit =
        admin.save(new OrganisationForms.UnitForm(null, 0, code, "Enhed", "Beredskab", null, null));

    var duplicate =
        assertThrows(
            RuleViolation.class,
            () ->
                admin.save(
                    new OrganisationForms.UnitForm(null, 0, code, "Enhed 2", "B", null, null)));
    assertEquals("code", duplicate.field());
    var loaded = unit.getVersion();
    // The team's phone, which the associations are given instead of a worker's (#16 part 2).
    dk.kk.naboskab.testsupport.Refusals.assertRefused(
        "teamPhone",
        "Pattern",
        () ->
            admin.save(
                new OrganisationForms.UnitForm(
                    unit.getId(), loaded, code, "Enhed", "B", null, "ring til os")));
    admin.save(
        new OrganisationForms.UnitForm(
            unit.getId(), loaded, code, "Enhed, nyt navn", "B", null, "33 66 33 66"));
    assertEquals(
        "33 66 33 66",
        fixtures.rows("select team_phone, id from unit where id = ?", unit.getId()).get(0)[0],
        "the team's phone is kept");
    assertThrows(
        ConcurrentChange.class,
        () ->
            admin.save(
                new OrganisationForms.UnitForm(
                    unit.getId(), loaded, code, "Gammelt", "B", null, null)));
    assertEquals(
        "Enhed, nyt navn",
        admin.units().stream()
            .filter(u -> u.getCode().equals(code))
            .findFirst()
            .orElseThrow()
            .getName());

    ActingUser.actAsCoordinatorOf("karin", organisation.unitCode());
    assertThrows(AccessDenied.class, () -> admin.units());
  }

  private static java.time.Instant noonOn(LocalDate day) {
    return day.atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
  }

  /**
   * Calls the service as the test does: the role check comes with the pages (see TenancyService).
   */
  @Test
  void aCoordinatorCountsHerHomeSupportWorkersMonthAndARefusedSaveStoresNothing() throws Exception {
    // In the past, so the refusals logged here are never the audit log's latest.
    TestClock.pin(MARCH_2.plusDays(10), java.time.LocalTime.NOON);
    var february = java.time.YearMonth.of(2026, 2);
    var tenant = call(() -> tenancy.registerTenant(tenant(uniqueCpr())));
    call(
        () ->
            tenancy.assign(tenant.getId(), henrik, WorkerType.HOME_SUPPORT, Period.from(MARCH_2)));

    var before = counts.month(february);
    assertEquals(java.util.List.of(henrik), before.stream().map(w -> w.workerId()).toList());
    assertEquals(1, before.get(0).referred(), "the tenant from the register");
    assertEquals(null, before.get(0).ownHome(), "not counted yet");
    assertEquals(
        0, new java.math.BigDecimal("0.333").compareTo(before.get(0).ownHomeShare()), "a third");

    assertEquals(
        1,
        counts.save(
            february,
            java.util.List.of(
                new CitizenCounts.Entry(henrik, new java.math.BigDecimal("0.5"), 6, 18))));
    var saved = counts.month(february).get(0);
    assertEquals(6, saved.ownHome());
    assertEquals(18, saved.residential());
    assertEquals(dk.kk.naboskab.tenancy.domain.CitizenCount.Source.ENTERED, saved.source());
    assertEquals("karin", saved.recordedBy());
    assertEquals(0, new java.math.BigDecimal("0.5").compareTo(saved.ownHomeShare()));

    // One count without the other is refused, and nothing of that save is kept — not the share.
    assertRefused(
        "residential",
        "citizenCount.rule.both",
        () ->
            counts.save(
                february,
                java.util.List.of(
                    new CitizenCounts.Entry(henrik, new java.math.BigDecimal("0.4"), 7, null))));
    assertRefused(
        "ownHome",
        "citizenCount.rule.ownHome",
        () ->
            counts.save(
                february,
                java.util.List.of(
                    new CitizenCounts.Entry(henrik, new java.math.BigDecimal("0.4"), 1000, 1))));
    assertRefused(
        "month",
        "citizenCount.rule.month",
        () ->
            counts.save(
                java.time.YearMonth.of(2026, 4),
                java.util.List.of(
                    new CitizenCounts.Entry(henrik, new java.math.BigDecimal("0.5"), 1, 1))));
    var kept = counts.month(february).get(0);
    assertEquals(6, kept.ownHome());
    assertEquals(0, new java.math.BigDecimal("0.5").compareTo(kept.ownHomeShare()));

    // Only her own unit's home-support workers.
    var other = fixtures.organisation("counts-" + SEQUENCE.incrementAndGet());
    for (var worker : java.util.List.of(sara, other.homeSupportId())) {
      assertThrows(
          AccessDenied.class,
          () ->
              counts.save(
                  february,
                  java.util.List.of(
                      new CitizenCounts.Entry(worker, new java.math.BigDecimal("0.5"), 1, 1))));
    }

    // Both fields emptied: the worker has no count for the month.
    counts.save(
        february,
        java.util.List.of(
            new CitizenCounts.Entry(henrik, new java.math.BigDecimal("0.5"), null, null)));
    assertEquals(null, counts.month(february).get(0).ownHome());
    ActingUser.actAs("anna", Role.ANALYST);
    assertThrows(AccessDenied.class, () -> counts.month(february));
  }

  @Test
  void theCaseSystemsFileIsImportedWholeOrNotAtAll() {
    // In the past, so the refusals logged here are never the audit log's latest.
    TestClock.pin(MARCH_2.plusDays(10), java.time.LocalTime.NOON);
    var henriksAddress = addressOf(henrik);
    var sarasAddress = addressOf(sara);
    var other = fixtures.organisation("import-" + SEQUENCE.incrementAndGet());
    var theirAddress = addressOf(other.homeSupportId());
    var stored = fixtures.count("citizen_count");

    var refused =
        counts.importFile(
            "medarbejder;måned;eget hjem;boform\n"
                + henriksAddress
                + ";2026-02;6;18\n"
                + sarasAddress
                + ";2026-02;2;3\n"
                + theirAddress
                + ";2026-02;2;3\n"
                + henriksAddress
                + ";2026-13;6;18\n");

    assertFalse(refused.isStored());
    assertEquals(
        java.util.List.of(
            "3 citizenCount.file.notHomeSupport",
            "4 citizenCount.file.unknownWorker",
            "5 citizenCount.file.month"),
        refused.problems().stream().map(p -> p.line() + " " + p.messageKey()).toList(),
        "another unit's worker is as unknown as one who does not exist");
    assertEquals(stored, fixtures.count("citizen_count"), "nothing of a bad file is stored");

    var first =
        counts.importFile(
            henriksAddress
                + ";2026-01;5;17\n"
                + henriksAddress.toUpperCase(java.util.Locale.ROOT)
                + ";2026-02;6;18\n");
    assertTrue(first.isStored(), first.problems().toString());
    assertEquals(2, first.added());
    assertEquals(0, first.replaced());

    var again = counts.importFile(henriksAddress + ";2026-02;7;19\n");
    assertEquals(0, again.added());
    assertEquals(1, again.replaced());
    var february = counts.month(java.time.YearMonth.of(2026, 2)).get(0);
    assertEquals(7, february.ownHome());
    assertEquals(19, february.residential());
    assertEquals(dk.kk.naboskab.tenancy.domain.CitizenCount.Source.IMPORTED, february.source());
    assertEquals(5, counts.month(java.time.YearMonth.of(2026, 1)).get(0).ownHome());
  }

  private String addressOf(long workerId) {
    return (String) fixtures.rows("select email, id from worker where id = ?1", workerId).get(0)[0];
  }

  private static <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
    return work.call();
  }

  private long count(String table) {
    return fixtures.count(table);
  }
}
