package dk.kk.naboskab.concern.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernLists.Scope;
import dk.kk.naboskab.concern.application.ConcernLists.Show;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.application.TenancyFixtures;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the container, on MariaDB: filing routes in the same transaction to whoever answers for the
 * tenant, each side sees only what it may, and nobody reaches a concern that is not theirs.
 */
@NaboskabIT
class ConcernIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Locale DANISH = Locale.forLanguageTag("da");

  /** Every test runs on a Wednesday morning in June 2026, whatever day the suite runs. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  private static final java.time.LocalTime TEN = java.time.LocalTime.of(10, 0);
  private static final byte[] PNG = dk.kk.naboskab.testsupport.TestImages.png();
  private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject ConcernService concerns;
  @Inject dk.kk.naboskab.audit.AuditLog auditLog;
  @Inject ConcernLists lists;
  @Inject ConcernReading reading;
  @Inject ConcernChoices choices;
  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject dk.kk.naboskab.tenancy.application.TenantDirectory directory;
  @Inject CategoryAdmin categoryAdmin;
  @Inject Escalation escalation;
  @Inject dk.kk.naboskab.notify.application.Notifications notifications;
  @Inject dk.kk.naboskab.clock.application.ClockSettings clockSettings;

  private String suffix;
  private TenancyFixtures.Organisation org;
  private long tenantId;
  private long categoryId;

  @BeforeEach
  void aTenantWithAHomeSupportWorker() {
    TestClock.pin(TODAY, TEN);
    suffix = SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    org = fixtures.organisation(suffix);
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenantId =
        tenancy
            .registerTenant(
                TenancyFixtures.housedTenant(org.departmentId(), "Else", "Bekymring", TODAY))
            .getId();
    categoryId = choices.categories(DANISH).get(0).id();
  }

  @AfterEach
  void signOutAndReleaseTheClock() {
    ActingUser.anonymous();
    TestClock.release();
  }

  private void asHousingStaff() {
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
  }

  private void asWorker(String name) {
    ActingUser.actAs(name + "-" + suffix, Role.SUPPORT_WORKER);
  }

  private String file(Urgency urgency, List<Upload> uploads) {
    asHousingStaff();
    return concerns.file(
        new FileConcern(tenantId, categoryId, urgency, "Høj musik hver nat.", null, "Opgang B"),
        uploads);
  }

  private void assignHenrik() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.assign(
        tenantId, org.homeSupportId(), WorkerType.HOME_SUPPORT, Period.from(TODAY.minusMonths(1)));
  }

  /**
   * #16 part 2: a withdrawn consent stops the association seeing the worker at once — on its tenant
   * page, its list of concerns, a concern filed before the withdrawal and its timeline — while the
   * concern stays with the worker; a new consent names them again. The team and its phone stand in.
   */
  @Test
  void aWithdrawnConsentStopsTheAssociationSeeingTheWorkerEverywhereAtOnce() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of());
    asWorker("henrik");
    concerns.take(id, reading.details(id, DANISH).version(), Step.ACKNOWLEDGE, null, List.of());
    var henrik = "Henrik " + suffix;
    var acknowledgedBy = actorOf(ConcernEvent.Kind.ACKNOWLEDGED, id);
    var team = "Boligsocialt beredskab " + suffix;

    asHousingStaff();
    assertEquals(henrik, directory.ourTenant(tenantId).contactName());
    assertEquals(henrik, reading.details(id, DANISH).assignee());
    assertEquals(acknowledgedBy, actorOf(ConcernEvent.Kind.ACKNOWLEDGED, id));
    assertEquals(henrik, lists.ours(Show.OPEN, 0, 10, DANISH).get(0).assignee());

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.recordConsent(
        tenantId,
        version(tenantId),
        new dk.kk.naboskab.tenancy.application.RecordConsent(
            dk.kk.naboskab.tenancy.domain.Consent.WITHDRAWN, false, false, TODAY, null));
    assertEquals(
        team, directory.asTheAssociationSees(tenantId).contactName(), "Det ser boligselskabet");

    asHousingStaff();
    var tenant = directory.ourTenant(tenantId);
    assertEquals(team, tenant.contactName());
    assertFalse(tenant.toString().contains("Henrik"), tenant.toString());
    var details = reading.details(id, DANISH);
    assertEquals(team, details.assignee());
    assertEquals(team, actorOf(ConcernEvent.Kind.ACKNOWLEDGED, id));
    assertEquals("hanne-" + suffix, actorOf(ConcernEvent.Kind.FILED, id), "the filer is named");
    assertFalse(details.toString().contains("Henrik"), details.toString());
    assertFalse(details.toString().contains(acknowledgedBy), details.toString());
    assertEquals(team, lists.ours(Show.OPEN, 0, 10, DANISH).get(0).assignee());
    // The list's download names the team too, and logs the tenant as exported.
    var exported =
        directory.exportOurTenants().stream().filter(t -> t.id() == tenantId).findFirst();
    assertEquals(team, exported.orElseThrow().contactName());
    assertEquals(
        1L,
        fixtures.number(
            "select count(*) from audit_event where action = 'EXPORT' and tenant_id = ?", tenantId),
        "one read-log row for the tenant in the download");
    asWorker("henrik");
    assertEquals(henrik, reading.details(id, DANISH).assignee(), "still the worker's concern");
    // The worker's reply is mailed to the filer without naming him (no mail names anybody).
    concerns.take(
        id, reading.details(id, DANISH).version(), Step.REPLY, "Vi ringer i dag.", List.of());
    var mails =
        fixtures.rows(
            "select subject, body from mail_outbox where recipient = ?",
            "hanne-" + suffix + "@example.test");
    assertEquals(1, mails.size(), "the reply is mailed to the filer");
    var mail = mails.get(0)[0] + " " + mails.get(0)[1];
    assertFalse(mail.contains("Henrik"), mail);

    // Scope matters: consent given without the contact person still names nobody.
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var refused =
        assertThrows(
            RuleViolation.class,
            () ->
                tenancy.recordConsent(
                    tenantId,
                    version(tenantId),
                    new dk.kk.naboskab.tenancy.application.RecordConsent(
                        dk.kk.naboskab.tenancy.domain.Consent.REFUSED, true, false, TODAY, null)));
    assertEquals("consent.scopeWithoutConsent", refused.messageKey());
    tenancy.recordConsent(
        tenantId,
        version(tenantId),
        new dk.kk.naboskab.tenancy.application.RecordConsent(
            dk.kk.naboskab.tenancy.domain.Consent.GIVEN, false, true, TODAY, null));
    asHousingStaff();
    assertEquals(team, directory.ourTenant(tenantId).contactName());

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.recordConsent(
        tenantId,
        version(tenantId),
        new dk.kk.naboskab.tenancy.application.RecordConsent(
            dk.kk.naboskab.tenancy.domain.Consent.GIVEN, true, true, TODAY, TODAY.plusYears(1)));
    asHousingStaff();
    assertEquals(henrik, directory.ourTenant(tenantId).contactName());
    assertEquals(henrik, reading.details(id, DANISH).assignee());
    assertEquals(
        4L,
        fixtures.number("select count(*) from tenant_consent where tenant_id = ?", tenantId),
        "the registration's and three decisions; the refused one left nothing");
  }

  /**
   * §99 anonymous support: with the tenant's consent given, the association still never learns that
   * an SKP exists — not as contact person, assignee or author on the timeline.
   */
  @Test
  void anAnonymousSkpIsNeverNamedToTheAssociation() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    var skp =
        tenancy.assign(
            tenantId,
            org.supportContactId(),
            WorkerType.SUPPORT_CONTACT,
            Period.from(TODAY.minusMonths(1)));
    var other =
        tenancy
            .registerTenant(
                TenancyFixtures.housedTenant(org.departmentId(), "Anden", "Borger", TODAY))
            .getId();
    var henrik =
        tenancy.assign(
            other, org.homeSupportId(), WorkerType.HOME_SUPPORT, Period.from(TODAY.minusMonths(1)));
    var refused =
        assertThrows(RuleViolation.class, () -> tenancy.markAnonymous(henrik.getId(), true));
    assertEquals("assignment.anonymousOnlySkp", refused.messageKey());
    asHousingStaff();
    assertEquals(
        "Sara " + suffix,
        directory.ourTenant(tenantId).contactName(),
        "named while the support is not anonymous");

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.markAnonymous(skp.getId(), true);
    var id = file(Urgency.NORMAL, List.of());
    asWorker("sara");
    concerns.take(id, reading.details(id, DANISH).version(), Step.ACKNOWLEDGE, null, List.of());

    asHousingStaff();
    var seen =
        directory.ourTenant(tenantId).toString()
            + reading.details(id, DANISH)
            + lists.ours(Show.OPEN, 0, 10, DANISH)
            + directory.exportOurTenants();
    assertFalse(seen.contains("Sara"), seen);
    assertEquals("Boligsocialt beredskab " + suffix, actorOf(ConcernEvent.Kind.ACKNOWLEDGED, id));
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertEquals("Sara " + suffix, reading.details(id, DANISH).assignee(), "routed to the SKP");
  }

  private int version(long tenant) {
    return (int) fixtures.number("select version from tenant where id = ?", tenant);
  }

  private String actorOf(ConcernEvent.Kind kind, String id) {
    return reading.details(id, DANISH).timeline().stream()
        .filter(e -> e.kind() == kind)
        .findFirst()
        .orElseThrow()
        .actorName();
  }

  @Test
  void aFiledConcernIsAlreadyWithTheTenantsWorkerWithTheReasonInDanish() {
    assignHenrik();

    var id = file(Urgency.NORMAL, List.of());

    asWorker("henrik");
    var details = reading.details(id, DANISH);
    assertEquals("Henrik " + suffix, details.assignee());
    assertEquals(
        "Hjemmevejleder (§85) Henrik " + suffix + " er tilknyttet.", details.routeExplanation());
    assertEquals(ConcernStatus.NEW, details.status());
    assertEquals(
        List.of(
            dk.kk.naboskab.clock.domain.ClockKind.ACKNOWLEDGE,
            dk.kk.naboskab.clock.domain.ClockKind.FIRST_REPLY,
            dk.kk.naboskab.clock.domain.ClockKind.RESOLUTION),
        details.clocks().stream().map(ClockView::kind).toList());
    assertTrue(details.clocks().stream().allMatch(ClockView::isRunning));
    assertEquals(1, lists.countInbox(Scope.MINE, Show.OPEN, null));
    assertEquals(1, notifications.unreadCount(), "henrik is told in the filing's transaction");
    notifications.markAllRead();
    assertEquals(0, notifications.unreadCount());
    assertEquals(id, lists.inbox(Scope.MINE, Show.OPEN, null, 0, 10, DANISH).get(0).publicId());
  }

  @Test
  void whileTheWorkerIsAwayTheConcernGoesToTheSubstituteAndShowsInTheirInbox() {
    assignHenrik();
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.registerAbsence(
        org.homeSupportId(),
        Period.between(TODAY.minusDays(1), TODAY.plusDays(3)),
        org.supportContactId());

    var id = file(Urgency.URGENT, List.of());

    asWorker("sara");
    var details = reading.details(id, DANISH);
    assertEquals("Sara " + suffix, details.assignee());
    assertTrue(
        details.routeExplanation().contains("er fraværende til og med"),
        details.routeExplanation());
    asWorker("henrik");
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
  }

  @Test
  void withNobodyAssignedItGoesToTheTeamQueueAndAnAcuteOneAlertsTheTeam() {
    var id = file(Urgency.ACUTE, List.of());

    asWorker("bo");
    var details = reading.details(id, DANISH);
    assertEquals("Boligsocialt beredskab " + suffix, details.assignee());
    assertTrue(
        details.timeline().stream().anyMatch(e -> e.kind() == ConcernEvent.Kind.TEAM_ALERTED));
    assertEquals(1, lists.countInbox(Scope.TEAM, Show.OPEN, Urgency.ACUTE));
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertEquals(1, lists.countInbox(Scope.TEAM, Show.OPEN, null));
  }

  @Test
  void theAssociationNeverSeesAnInternalNoteOrItsFilesAndSeesTheReply() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of(new Upload("trappe.png", PNG)));
    asWorker("henrik");
    var version = reading.details(id, DANISH).version();
    concerns.take(
        id,
        version,
        Step.NOTE,
        "Borgeren er indlagt på psykiatrisk afdeling.",
        List.of(new Upload("notat.pdf", PDF)));
    version = reading.details(id, DANISH).version();
    concerns.take(id, version, Step.REPLY, "Vi tager på hjemmebesøg i morgen.", List.of());
    var worker = reading.details(id, DANISH);
    var noteFile =
        worker.timeline().stream()
            .filter(e -> e.kind() == ConcernEvent.Kind.NOTE)
            .findFirst()
            .orElseThrow()
            .files()
            .get(0);
    var filingFile = worker.timeline().get(0).files().get(0);

    asHousingStaff();
    var association = reading.details(id, DANISH);
    var kinds = association.timeline().stream().map(ConcernReading.Entry::kind).toList();
    assertEquals(
        List.of(ConcernEvent.Kind.FILED, ConcernEvent.Kind.ACKNOWLEDGED, ConcernEvent.Kind.REPLIED),
        kinds);
    assertFalse(association.timeline().toString().contains("psykiatrisk"));
    assertEquals(null, association.routeExplanation());
    assertEquals(ConcernStatus.ACKNOWLEDGED, association.status());
    // The association sees the same clocks: acknowledged and replied within target, resolution
    // running.
    assertEquals(
        List.of(
            dk.kk.naboskab.clock.domain.ResponseClock.State.MET,
            dk.kk.naboskab.clock.domain.ResponseClock.State.MET,
            dk.kk.naboskab.clock.domain.ResponseClock.State.ON_TRACK),
        association.clocks().stream().map(ClockView::state).toList());
    assertThrows(AccessDenied.class, () -> reading.download(noteFile.publicId()));
    // Told of the reply in the same transaction as the reply; never of the note.
    assertEquals(1, notifications.unreadCount());
    assertEquals(
        List.of("notify.replied"),
        notifications.mine(10).stream()
            .map(dk.kk.naboskab.notify.domain.Notification::getTextKey)
            .toList());
    assertEquals("trappe.png", reading.download(filingFile.publicId()).fileName());
    // The association is a recipient: its reads are in the read log like the municipality's, each
    // naming the tenant, the concern and the file; the refused note's file is logged as refused.
    var logged = auditLog.latestBy("hanne-" + suffix, 3);
    assertEquals(
        List.of(
            dk.kk.naboskab.audit.AuditEvent.Action.READ_ATTACHMENT,
            dk.kk.naboskab.audit.AuditEvent.Action.REFUSED,
            dk.kk.naboskab.audit.AuditEvent.Action.READ_CONCERN),
        logged.stream().map(dk.kk.naboskab.audit.AuditEvent::getAction).toList());
    var file = logged.get(0);
    assertEquals(tenantId, file.getTenantId());
    assertEquals(
        fixtures.number("select id from concern where public_id = ?", id), file.getConcernId());
    assertEquals(
        fixtures.number(
            "select id from concern_attachment where public_id = ?", filingFile.publicId()),
        file.getAttachmentId());
    assertEquals(org.associationCode(), file.getActorUnit());
    assertEquals("housing-staff", file.getActorRole());
    assertEquals(dk.kk.naboskab.audit.AuditEvent.Outcome.SHOWN, file.getOutcome());
    assertEquals(dk.kk.naboskab.audit.AuditEvent.Outcome.REFUSED, logged.get(1).getOutcome());
    assertEquals(tenantId, logged.get(2).getTenantId());
  }

  @Test
  void nobodyElseOpensTheConcernOrItsFiles() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of(new Upload("trappe.png", PNG)));
    asWorker("henrik");
    var timeline = reading.details(id, DANISH).timeline();
    var filed = timeline.get(0);
    assertEquals(ConcernEvent.Kind.FILED, filed.kind(), timeline.toString());
    assertEquals(1, filed.files().size(), timeline.toString());
    var file = filed.files().get(0).publicId();
    var other = fixtures.organisation(suffix + "x");

    var ole = "ole-" + suffix;
    ActingUser.actAs(ole, Role.HOUSING_STAFF, other.associationCode());
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
    assertThrows(AccessDenied.class, () -> reading.download(file));
    var logged = auditLog.latestBy(ole, 1).get(0);
    assertEquals(dk.kk.naboskab.audit.AuditEvent.Action.REFUSED, logged.getAction());
    assertTrue(logged.getSubject().contains(file), "the refused file is named in the log");
    ActingUser.actAs("henrik-" + suffix + "x", Role.SUPPORT_WORKER);
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
    ActingUser.actAsCoordinatorOf("karin", other.unitCode());
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
    ActingUser.actAs("anna", Role.ANALYST);
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
    assertThrows(AccessDenied.class, () -> lists.countInbox(Scope.MINE, Show.OPEN, null));
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    assertThrows(AccessDenied.class, () -> reading.details("not-" + id, DANISH));
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertEquals(id, reading.details(id, DANISH).publicId());
  }

  @Test
  void aHandOverStaysInTheConcernsUnitAndTheChoicesOfferOnlyItsWorkers() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of());
    var other = fixtures.organisation(suffix + "h");
    asWorker("henrik");
    var version = reading.details(id, DANISH).version();
    var offered = choices.workersToHandOverTo().stream().map(ConcernChoices.Choice::id).toList();
    assertTrue(offered.contains(org.supportContactId()), "a colleague of the unit");
    assertFalse(offered.contains(other.supportContactId()), "no worker of another unit");

    var refused =
        assertThrows(
            RuleViolation.class,
            () -> concerns.handOver(id, version, other.supportContactId(), "Til Valby"));
    assertEquals("assignee", refused.field());
    assertEquals(version, reading.details(id, DANISH).version(), "nothing changed");
    assertEquals("Henrik " + suffix, reading.details(id, DANISH).assignee());

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertThrows(
        RuleViolation.class,
        () -> concerns.handOver(id, version, other.supportContactId(), "Til Valby"));
    concerns.handOver(id, version, org.supportContactId(), "Sara kender beboeren");
    assertEquals("Sara " + suffix, reading.details(id, DANISH).assignee());
  }

  @Test
  void aWorkerTakesAConcernFromTheTeamsQueueAndTheAssociationSeesWhoHasIt() {
    var id = file(Urgency.NORMAL, List.of());
    asWorker("sara");
    var queued = reading.details(id, DANISH);
    assertTrue(queued.inTeamQueue(), queued.assignee());

    concerns.takeOver(id, queued.version());

    var taken = reading.details(id, DANISH);
    assertEquals("Sara " + suffix, taken.assignee());
    assertFalse(taken.inTeamQueue());
    assertTrue(
        taken.timeline().stream()
            .anyMatch(
                e ->
                    e.kind() == ConcernEvent.Kind.HANDED_OVER
                        && e.text().equals("Overtaget fra teamets kø.")
                        && e.actorName().equals("sara-" + suffix)),
        taken.timeline().toString());
    assertEquals(id, lists.inbox(Scope.MINE, Show.OPEN, null, 0, 10, DANISH).get(0).publicId());
    var second =
        assertThrows(
            RuleViolation.class,
            () -> concerns.takeOver(id, reading.details(id, DANISH).version()),
            "it is no longer in the queue");
    assertEquals("concern.takeOver.notInQueue", second.messageKey());
    asHousingStaff();
    assertEquals("Sara " + suffix, reading.details(id, DANISH).assignee(), "the contact person");
  }

  @Test
  void acknowledgingFromTheTeamsQueueTakesTheConcernToo() {
    var id = file(Urgency.NORMAL, List.of());
    asWorker("henrik");

    concerns.take(id, reading.details(id, DANISH).version(), Step.ACKNOWLEDGE, null, List.of());

    var details = reading.details(id, DANISH);
    assertEquals("Henrik " + suffix, details.assignee());
    assertEquals(ConcernStatus.ACKNOWLEDGED, details.status());
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertThrows(
        AccessDenied.class,
        () -> concerns.takeOver(id, reading.details(id, DANISH).version()),
        "a coordinator hands over instead");
  }

  @Test
  void aCoordinatorWhoseLoginNamesNoUnitSeesNoConcern() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of());

    ActingUser.actAs("karin", Role.COORDINATOR);

    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
    assertThrows(AccessDenied.class, () -> lists.countInbox(Scope.ALL, Show.EVERY, null));
    ActingUser.actAsCoordinatorOf("karin", "NO-SUCH-UNIT");
    assertThrows(AccessDenied.class, () -> reading.details(id, DANISH));
  }

  @Test
  void theSecondOfTwoWorkersActingAtOnceIsToldAndTheFirstStands() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of());
    asWorker("henrik");
    var loaded = reading.details(id, DANISH).version();

    concerns.take(id, loaded, Step.REPLY, "Første svar.", List.of());
    assertThrows(
        ConcurrentChange.class,
        () -> concerns.take(id, loaded, Step.REPLY, "Andet svar.", List.of()));

    var replies =
        reading.details(id, DANISH).timeline().stream()
            .filter(e -> e.kind() == ConcernEvent.Kind.REPLIED)
            .map(ConcernReading.Entry::text)
            .toList();
    assertEquals(List.of("Første svar."), replies);
  }

  @Test
  void badFilingsAreRefusedAndNothingIsStored() {
    var before = fixtures.count("concern");
    var events = fixtures.count("concern_event");

    var mismatch =
        assertThrows(
            RuleViolation.class, () -> file(Urgency.NORMAL, List.of(new Upload("foto.jpg", PDF))));
    assertEquals("attachment.mismatch", mismatch.messageKey());
    var other = fixtures.organisation(suffix + "y");
    ActingUser.actAs("ole", Role.HOUSING_STAFF, other.associationCode());
    var notOurs =
        assertThrows(
            RuleViolation.class,
            () ->
                concerns.file(
                    new FileConcern(tenantId, categoryId, Urgency.NORMAL, "x", null, null),
                    List.of()));
    assertEquals("tenantId", notOurs.field());
    asWorker("henrik");
    assertThrows(
        AccessDenied.class,
        () ->
            concerns.file(
                new FileConcern(tenantId, categoryId, Urgency.NORMAL, "x", null, null), List.of()));

    assertEquals(before, fixtures.count("concern"));
    assertEquals(events, fixtures.count("concern_event"));
  }

  @Test
  void theAssociationAnswersARequestAndConfirmsTheResolutionAndAWorkerCannotConfirm() {
    assignHenrik();
    var id = file(Urgency.NORMAL, List.of());
    asWorker("henrik");
    concerns.take(
        id, reading.details(id, DANISH).version(), Step.REQUEST_INFO, "Hvilken opgang?", List.of());

    asHousingStaff();
    var asked = reading.details(id, DANISH);
    assertEquals(ConcernStatus.AWAITING_INFO, asked.status());
    assertEquals(java.util.Set.of(Step.PROVIDE_INFO), asked.allowedSteps());
    concerns.take(id, asked.version(), Step.PROVIDE_INFO, "Opgang B, 3. sal.", List.of());

    asWorker("henrik");
    var answered = reading.details(id, DANISH);
    assertEquals(ConcernStatus.ACKNOWLEDGED, answered.status());
    concerns.resolve(id, answered.version(), Outcome.HOME_VISIT, "Vi har været på besøg.");
    var resolved = reading.details(id, DANISH).version();
    assertThrows(
        AccessDenied.class, () -> concerns.take(id, resolved, Step.CONFIRM, null, List.of()));

    asHousingStaff();
    concerns.take(id, reading.details(id, DANISH).version(), Step.CONFIRM, null, List.of());
    assertEquals(ConcernStatus.CLOSED, reading.details(id, DANISH).status());
  }

  @Test
  void aRetiredCategoryIsNoLongerOfferedNorAcceptedAndOnlyAdministratorsMaintainThem() {
    ActingUser.actAs("admin", Role.ADMIN);
    var code = "T" + suffix.replace("-", "_");
    var category =
        categoryAdmin.save(
            new CategoryAdmin.CategoryForm(
                null, 0, code, "Prøve", "Trial", "Relationer", 99, true));
    assertTrue(choices.categories(DANISH).stream().anyMatch(c -> c.id() == category.getId()));

    categoryAdmin.save(
        new CategoryAdmin.CategoryForm(
            category.getId(),
            category.getVersion(),
            code,
            "Prøve",
            "Trial",
            "Relationer",
            99,
            false));

    assertFalse(choices.categories(DANISH).stream().anyMatch(c -> c.id() == category.getId()));
    asHousingStaff();
    var refused =
        assertThrows(
            RuleViolation.class,
            () ->
                concerns.file(
                    new FileConcern(tenantId, category.getId(), Urgency.NORMAL, "Støj", null, null),
                    List.of()));
    assertEquals("categoryId", refused.field());
    assertThrows(AccessDenied.class, () -> categoryAdmin.categories());
  }

  @Test
  void administratorsSetTheClockAndNonsenseIsRefused() {
    ActingUser.actAs("admin", Role.ADMIN);
    var days = clockSettings.days();
    var targets = clockSettings.targets();
    var friday = days.get(4);
    var backwards =
        days.stream()
            .map(
                d ->
                    d == friday
                        ? new dk.kk.naboskab.clock.application.ClockSettings.Day(
                            d.day(), java.time.LocalTime.of(15, 0), java.time.LocalTime.of(8, 0))
                        : d)
            .toList();
    assertEquals(
        "clock.hours.endBeforeStart",
        assertThrows(RuleViolation.class, () -> clockSettings.save(backwards, targets))
            .messageKey());
    var zero =
        targets.stream()
            .map(
                t ->
                    t.amount() == null
                        ? t
                        : new dk.kk.naboskab.clock.application.ClockSettings.TargetRow(
                            t.urgency(), t.clock(), 0, t.unit()))
            .toList();
    assertEquals(
        "clock.target.positive",
        assertThrows(RuleViolation.class, () -> clockSettings.save(days, zero)).messageKey());
    assertEquals(
        java.util.Optional.of(dk.kk.naboskab.clock.domain.Target.days(20)),
        clockSettings
            .policy()
            .target(Urgency.NORMAL, dk.kk.naboskab.clock.domain.ClockKind.RESOLUTION));

    var day = LocalDate.of(2031, 3, 4);
    clockSettings.close(day, "Personaledag");
    assertTrue(clockSettings.calendar().openingOn(day).isEmpty());
    assertThrows(RuleViolation.class, () -> clockSettings.close(day, "Igen"));
    clockSettings.reopen(day);
    assertTrue(clockSettings.calendar().openingOn(day).isPresent());

    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertThrows(AccessDenied.class, () -> clockSettings.close(day, "Nej"));
  }

  @Test
  void anOverdueClockEscalatesOnceHoweverOftenTheTimerRuns() {
    assignHenrik();
    file(Urgency.ACUTE, List.of());
    asWorker("henrik");
    notifications.markAllRead();
    assertFalse(lists.inbox(Scope.MINE, Show.OPEN, null, 0, 10, DANISH).get(0).escalated());
    var tenDaysLater =
        TODAY.plusDays(10).atTime(TEN).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();

    var raised = escalation.run(tenDaysLater).raised();

    assertTrue(raised >= 2, "raised " + raised);
    assertEquals(
        List.of("notify.clockOverdue", "notify.clockOverdue"),
        notifications.mine(10).stream()
            .filter(n -> !n.isRead())
            .map(dk.kk.naboskab.notify.domain.Notification::getTextKey)
            .toList(),
        "acknowledge and first reply are overdue; an acute concern has no resolution target");
    assertTrue(
        lists.inbox(Scope.MINE, Show.OPEN, null, 0, 10, DANISH).get(0).escalated(),
        "the inbox row is flagged");
    var again = escalation.run(tenDaysLater);
    assertEquals(0, again.raised(), "a second tick raises nothing");
    assertTrue(
        again.overdue() >= 1 && again.overdue() <= again.open(),
        "the run counts this concern among the overdue, and those among the open: " + again);
    assertEquals(0, escalation.run(tenDaysLater.plusSeconds(60)).raised());
    assertEquals(2, notifications.unreadCount());
  }

  /**
   * The clocks run on business time through the real services: a concern filed Friday at 15:29 uses
   * one minute before closing, none over the weekend, and Monday at 08:00 has exactly what it had
   * at Friday's closing.
   */
  @Test
  void aConcernFiledFridayAt1529LosesOneMinuteBeforeTheWeekendAndNoneDuringIt() {
    assignHenrik();
    var friday = LocalDate.of(2026, 6, 12);
    TestClock.pin(friday, java.time.LocalTime.of(15, 29));
    file(Urgency.NORMAL, List.of());
    asWorker("henrik");
    var filed = minutesLeft();

    TestClock.pin(friday, java.time.LocalTime.of(15, 30));
    var closing = minutesLeft();
    TestClock.pin(friday.plusDays(1), java.time.LocalTime.of(12, 0));
    var saturday = minutesLeft();
    TestClock.pin(friday.plusDays(3), java.time.LocalTime.of(8, 0));
    var monday = minutesLeft();
    TestClock.pin(friday.plusDays(3), java.time.LocalTime.of(9, 0));
    var mondayAtNine = minutesLeft();

    assertEquals(1, filed - closing, "one business minute on Friday");
    assertEquals(closing, saturday, "none on Saturday");
    assertEquals(closing, monday, "none until Monday opens");
    assertEquals(60, monday - mondayAtNine, "an hour on Monday morning");
  }

  private long minutesLeft() {
    return lists.inbox(Scope.MINE, Show.OPEN, null, 0, 10, DANISH).get(0).clock().minutesLeft();
  }
}
