package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.domain.Absence;
import dk.kk.naboskab.tenancy.domain.AbsenceRules;
import dk.kk.naboskab.tenancy.domain.Assignment;
import dk.kk.naboskab.tenancy.domain.AssignmentRules;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.ConsentRecord;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.Department;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.ResponsibilityRule;
import dk.kk.naboskab.tenancy.domain.SupportAssignment;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.Tenant;
import dk.kk.naboskab.tenancy.domain.TenantEvent;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerAbsence;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coordinators' register of referred tenants and their support, and the one question the rest
 * of the portal asks: who is responsible for this tenant right now? Each method runs in one
 * transaction: a refused change stores nothing.
 *
 * <p>Only coordinators change the register or read a CPR number; the check is here, in the service,
 * so every page and endpoint that calls it is covered.
 */
@Published("concern: who answers for a tenant at an instant; pathway: a stay becomes a tenant")
@Stateless
public class TenancyService {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CprCipher cprCipher;
  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;
  @Inject TenantScope scope;

  /** Stands in for the ciphertext between the insert and the update that writes it. */
  private static final String PENDING_CPR = "pending";

  /**
   * A citizen from a shelter's pathway becomes a referred tenant in one step: registered with the
   * track the recommendation's support gives, the consent recorded, and the shelter's housing
   * advisor (if chosen) assigned from move-in — all in the caller's transaction.
   *
   * @return the new tenant's id
   * @throws RuleViolation as {@link #registerTenant} and {@link #assign} do, on their fields
   */
  public long referFromShelter(@NotNull @Valid ShelterReferral referral) {
    var track =
        referral.support() == null
            ? SupportTrack.NONE
            : WorkerType.valueOf(referral.support()) == WorkerType.HOUSING_ADVISOR
                ? SupportTrack.SHORT_TERM
                : SupportTrack.LONG_TERM;
    var tenant =
        registerTenant(
            new RegisterTenant(
                referral.firstName(),
                referral.lastName(),
                referral.cpr(),
                null,
                referral.departmentId(),
                referral.address(),
                referral.referralDate(),
                referral.moveInDate(),
                track,
                Consent.valueOf(referral.consent()),
                referral.consentDate()));
    if (referral.housingAdvisorId() != null) {
      assign(
          tenant.getId(),
          referral.housingAdvisorId(),
          WorkerType.HOUSING_ADVISOR,
          Period.from(referral.moveInDate()));
    }
    return tenant.getId();
  }

  /**
   * @throws RuleViolation for a malformed or already registered CPR number, an unknown department,
   *     or a move-in before the referral
   */
  public Tenant registerTenant(@NotNull @Valid RegisterTenant command) {
    currentUser.require(Role.COORDINATOR);
    var cpr = CprNumber.parse(command.cpr());
    var index = cprCipher.index(cpr);
    if (!em.createNamedQuery(Tenant.BY_CPR_INDEX, Tenant.class)
        .setParameter("indexes", cprCipher.indexes(cpr))
        .getResultList()
        .isEmpty()) {
      throw new RuleViolation("cpr", "tenant.cprExists");
    }
    var department = departmentInScope(command.departmentId());
    var tenant =
        new Tenant(
            command.firstName().trim(),
            command.lastName().trim(),
            // Bound to the tenant's id (AES-GCM associated data), which the insert gives it.
            PENDING_CPR,
            index,
            blankToNull(command.phone()),
            department,
            command.address().trim(),
            command.referralDate(),
            command.moveInDate(),
            command.supportTrack(),
            command.consent(),
            command.consentDate(),
            clock.instant());
    em.persist(tenant);
    em.flush();
    tenant.encryptedCpr(cprCipher.encrypt(cpr, tenant.getId()), index);
    history(TenantEvent.registered(tenant, clock.instant(), currentUser.getUsername()));
    // The register form's consent is the first record; a consent given covers both scopes.
    consentRecord(tenant, command.consent(), command.consentDate());
    return tenant;
  }

  private void consentRecord(Tenant tenant, Consent consent, LocalDate day) {
    var given = consent == Consent.GIVEN;
    em.persist(
        new ConsentRecord(
            tenant.getId(),
            consent,
            given,
            given,
            day == null ? tenant.getReferralDate() : day,
            null,
            clock.instant(),
            currentUser.getUsername()));
  }

  /**
   * Records the tenant's decision about what the association may learn (#16): a new record, the
   * history kept. It takes effect at once everywhere the association looks — lists, concern pages,
   * concerns already filed — through {@link TenancyFacts#associationViews}.
   *
   * @throws ConcurrentChange when the tenant changed since the form was loaded
   * @throws RuleViolation for a scope without consent, or an expiry before the day it was given
   */
  public void recordConsent(
      long tenantId, int expectedVersion, @NotNull @Valid RecordConsent command) {
    currentUser.require(Role.COORDINATOR);
    if (command.state() != Consent.GIVEN && (command.namesContact() || command.supportKind())) {
      throw new RuleViolation("state", "consent.scopeWithoutConsent");
    }
    if (command.expiresOn() != null && command.expiresOn().isBefore(command.givenOn())) {
      throw new RuleViolation("expiresOn", "consent.expiresBeforeGiven");
    }
    var tenant = lockedTenant(tenantId, expectedVersion);
    em.persist(
        new ConsentRecord(
            tenantId,
            command.state(),
            command.namesContact(),
            command.supportKind(),
            command.givenOn(),
            command.expiresOn(),
            clock.instant(),
            currentUser.getUsername()));
    tenant.mirrorConsent(command.state(), command.givenOn());
  }

  /**
   * Marks an SKP's support anonymous under servicelovens §99, or not: the association then never
   * learns that an SKP exists (ADR 24).
   *
   * @throws RuleViolation for another kind of worker's assignment, or one that does not exist
   */
  public void markAnonymous(long assignmentId, boolean anonymous) {
    currentUser.require(Role.COORDINATOR);
    var assignment = em.find(SupportAssignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
    if (assignment == null) {
      throw new RuleViolation("assignment", "assignment.notFound");
    }
    scope.require(assignment.getTenant().getId());
    if (anonymous && assignment.getRole() != WorkerType.SUPPORT_CONTACT) {
      throw new RuleViolation("anonymous", "assignment.anonymousOnlySkp");
    }
    assignment.setAnonymous(anonymous);
  }

  /**
   * Corrects a tenant's details. {@code expectedVersion} is the version the coordinator's form was
   * loaded with: if someone else saved the tenant since, nothing is stored and the second
   * coordinator is told.
   *
   * @throws ConcurrentChange when the tenant changed since the form was loaded
   * @throws RuleViolation for an unknown department or a move-in before the referral
   */
  public Tenant correctTenant(long tenantId, int expectedVersion, @NotNull @Valid EditTenant edit) {
    currentUser.require(Role.COORDINATOR);
    var tenant = lockedTenant(tenantId, expectedVersion);
    var department = departmentInScope(edit.departmentId());
    var consentChanged =
        tenant.getConsent() != edit.consent()
            || !java.util.Objects.equals(tenant.getConsentDate().orElse(null), edit.consentDate());
    tenant.correct(
        edit.firstName().trim(),
        edit.lastName().trim(),
        blankToNull(edit.phone()),
        department,
        edit.address().trim(),
        edit.referralDate(),
        edit.moveInDate(),
        edit.supportTrack(),
        edit.consent(),
        edit.consentDate());
    history(TenantEvent.corrected(tenant, clock.instant(), currentUser.getUsername()));
    if (consentChanged) {
      consentRecord(tenant, edit.consent(), edit.consentDate());
    }
    return tenant;
  }

  /**
   * Ends the tenancy on a day; assignments running past that day end on it too.
   *
   * @throws ConcurrentChange when the tenant changed since the form was loaded
   * @throws RuleViolation for a day before move-in, or a tenancy that has already ended
   */
  public Tenant endTenancy(
      long tenantId,
      int expectedVersion,
      @NotNull LocalDate day,
      @NotNull TenancyEndReason reason) {
    currentUser.require(Role.COORDINATOR);
    var tenant = lockedTenant(tenantId, expectedVersion);
    tenant.endTenancy(day, reason);
    var now = clock.instant();
    for (var assignment : assignmentsOf(tenant)) {
      var period = assignment.getPeriod();
      if (period.from().isAfter(day)) {
        em.remove(assignment);
      } else if (period.until() == null || period.until().isAfter(day)) {
        assignment.endOn(day);
        history(TenantEvent.assignmentEnded(assignment, now, currentUser.getUsername()));
      }
    }
    history(TenantEvent.tenancyEnded(tenant, now, currentUser.getUsername()));
    return tenant;
  }

  /**
   * Assigns a worker to a tenant in a role from a day, until an optional last day.
   *
   * @throws RuleViolation for a worker of another type or a second worker in the role at once
   */
  public SupportAssignment assign(
      long tenantId, long workerId, @NotNull WorkerType role, @NotNull Period period) {
    currentUser.require(Role.COORDINATOR);
    scope.require(tenantId);
    scope.requireWorker(workerId);
    // The tenant's row is locked while the rules look at its assignments, so two coordinators
    // assigning at once cannot both pass the one-per-role check.
    var tenant = em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (tenant == null) {
      throw new RuleViolation("tenantId", "tenancy.notFound");
    }
    var worker = find(Worker.class, workerId, "worker");
    checkWithinTenancy(tenant, period);
    var existing = assignmentsOf(tenant).stream().map(SupportAssignment::asRule).toList();
    var assignment = new SupportAssignment(tenant, worker, role, period);
    AssignmentRules.check(assignment.asRule(), worker.getType(), existing);
    em.persist(assignment);
    history(TenantEvent.assigned(assignment, clock.instant(), currentUser.getUsername()));
    return assignment;
  }

  /**
   * Hands an assignment over to another worker from a day: the old one ends the day before, the new
   * one runs to the old one's end.
   *
   * @throws RuleViolation on {@code from} for a day not after the assignment's start or after its
   *     end, on {@code worker} for a worker of another type or the same worker
   */
  public SupportAssignment handOver(long assignmentId, long toWorkerId, @NotNull LocalDate from) {
    currentUser.require(Role.COORDINATOR);
    var old = find(SupportAssignment.class, assignmentId, "assignmentId");
    scope.require(old.getTenant().getId());
    scope.requireWorker(toWorkerId);
    em.lock(old.getTenant(), LockModeType.PESSIMISTIC_WRITE);
    var worker = find(Worker.class, toWorkerId, "worker");
    var period = old.getPeriod();
    if (!from.isAfter(period.from()) || (period.until() != null && from.isAfter(period.until()))) {
      throw new RuleViolation("from", "assignment.handOverOutside", period.from(), period.until());
    }
    if (worker.getId().equals(old.getWorker().getId())) {
      throw new RuleViolation("worker", "assignment.handOverToSelf");
    }
    old.endOn(from.minusDays(1));
    var next =
        new SupportAssignment(
            old.getTenant(), worker, old.getRole(), new Period(from, period.until()));
    var others =
        assignmentsOf(old.getTenant()).stream()
            .filter(a -> !a.getId().equals(old.getId()))
            .map(SupportAssignment::asRule)
            .toList();
    AssignmentRules.check(next.asRule(), worker.getType(), others);
    em.persist(next);
    history(TenantEvent.handedOver(old, next, clock.instant(), currentUser.getUsername()));
    return next;
  }

  /**
   * Ends an assignment on a day (included).
   *
   * @throws RuleViolation on {@code until} for a day before the assignment starts
   */
  public SupportAssignment endAssignment(long assignmentId, @NotNull LocalDate lastDay) {
    currentUser.require(Role.COORDINATOR);
    var assignment = find(SupportAssignment.class, assignmentId, "assignmentId");
    scope.require(assignment.getTenant().getId());
    assignment.endOn(lastDay);
    history(TenantEvent.assignmentEnded(assignment, clock.instant(), currentUser.getUsername()));
    return assignment;
  }

  /**
   * Ends an absence on a day (included), e.g. when the worker comes back early.
   *
   * @throws RuleViolation on {@code until} for a day before the absence starts
   */
  public WorkerAbsence endAbsence(long absenceId, @NotNull LocalDate lastDay) {
    currentUser.require(Role.COORDINATOR);
    var absence = find(WorkerAbsence.class, absenceId, "absenceId");
    scope.requireWorker(absence.getWorker().getId());
    absence.endOn(lastDay);
    return absence;
  }

  /**
   * Registers a worker's absence with a substitute.
   *
   * @throws RuleViolation for an overlapping absence or a substitute loop
   */
  public WorkerAbsence registerAbsence(long workerId, @NotNull Period period, long substituteId) {
    currentUser.require(Role.COORDINATOR);
    scope.requireWorker(workerId);
    scope.requireWorker(substituteId);
    var worker = find(Worker.class, workerId, "worker");
    var substitute = find(Worker.class, substituteId, "substitute");
    // Both workers are locked in id order, so two absences registered at once cannot form a loop.
    em.lock(workerId < substituteId ? worker : substitute, LockModeType.PESSIMISTIC_WRITE);
    em.lock(workerId < substituteId ? substitute : worker, LockModeType.PESSIMISTIC_WRITE);
    var absence = new WorkerAbsence(worker, period, substitute);
    var overlapping =
        em
            .createNamedQuery(WorkerAbsence.OVERLAPPING, WorkerAbsence.class)
            .setParameter("from", period.from())
            .setParameter("until", period.lastDay().orElse(Period.LAST_STORABLE_DAY))
            .getResultList()
            .stream()
            .map(WorkerAbsence::asRule)
            .toList();
    AbsenceRules.check(absence.asRule(), overlapping);
    em.persist(absence);
    return absence;
  }

  /** Who answers for the tenant at this instant, and the route that led there. */
  public Responsibility responsibleAt(long tenantId, @NotNull Instant instant) {
    find(Tenant.class, tenantId, "tenantId");
    return responsibleAt(List.of(tenantId), instant).get(tenantId);
  }

  /**
   * Who answers for each of the tenants at this instant: two queries for a whole page of tenants
   * (their assignments, the day's absences), whatever its length.
   */
  public Map<Long, Responsibility> responsibleAt(
      @NotNull Collection<Long> tenantIds, @NotNull Instant instant) {
    if (tenantIds.isEmpty()) {
      return Map.of();
    }
    var day = instant.atZone(ClockProducer.COPENHAGEN).toLocalDate();
    var assignments = new HashMap<Long, List<Assignment>>();
    em.createQuery(
            """
            select a.tenant.id, a.worker.id, a.role, a.fromDate, a.untilDate
            from SupportAssignment a where a.tenant.id in :tenants""",
            Object[].class)
        .setParameter("tenants", tenantIds)
        .getResultList()
        .forEach(
            r ->
                assignments
                    .computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                    .add(
                        new Assignment(
                            (Long) r[1],
                            (WorkerType) r[2],
                            new Period((LocalDate) r[3], (LocalDate) r[4]))));
    var absences = absencesOn(day);
    var responsible = new HashMap<Long, Responsibility>();
    for (var tenantId : tenantIds) {
      responsible.put(
          tenantId,
          ResponsibilityRule.on(
              day,
              assignments.getOrDefault(tenantId, List.of()),
              worker -> absences.getOrDefault(worker, List.of())));
    }
    return responsible;
  }

  /** Who answers on the day for a tenant with these assignments (the caller has loaded them). */
  public Responsibility responsibleOn(@NotNull LocalDate day, Collection<Assignment> assignments) {
    var absences = absencesOn(day);
    return ResponsibilityRule.on(
        day, assignments, worker -> absences.getOrDefault(worker, List.of()));
  }

  /** The absences on the day, by the absent worker: one query, no worker loaded. */
  private Map<Long, List<Absence>> absencesOn(LocalDate day) {
    return em
        .createNamedQuery(WorkerAbsence.RULES_OVERLAPPING, Absence.class)
        .setParameter("from", day)
        .setParameter("until", day)
        .getResultList()
        .stream()
        .collect(java.util.stream.Collectors.groupingBy(Absence::workerId));
  }

  /** A support worker in the register: who they are and the unit they work in. */
  public record RegisteredWorker(long workerId, long unitId) {}

  /** The signed-in person's entry in the worker register, if they have one. */
  public Optional<RegisteredWorker> signedInWorker() {
    return scope.worker();
  }

  /**
   * The workers away on the day whose concerns this worker answers for: the substitute chain of
   * {@link #responsibleAt}, walked backwards ({@link ResponsibilityRule#standingInFor}).
   */
  public Set<Long> standingInFor(long workerId, @NotNull LocalDate day) {
    var absences = absencesOn(day);
    return ResponsibilityRule.standingInFor(
        workerId, day, absences.keySet(), id -> absences.getOrDefault(id, List.of()));
  }

  /**
   * The tenant's CPR number, for municipal staff who may see it. A read: no transaction of its own.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public CprNumber cprOf(long tenantId) {
    currentUser.require(Role.COORDINATOR);
    scope.require(tenantId);
    var tenant = find(Tenant.class, tenantId, "tenantId");
    if (tenant.isAnonymised()) {
      throw new RuleViolation("cpr", "tenant.anonymised");
    }
    var cpr = cprCipher.decrypt(tenant.getCprEncrypted(), tenantId);
    // Every read of a CPR number by municipal staff is logged, in the same transaction.
    auditLog.read(
        AuditEvent.Action.READ_CPR, AuditLog.About.tenant(tenantId), AuditEvent.Outcome.SHOWN);
    return cpr;
  }

  private Tenant lockedTenant(long tenantId, int expectedVersion) {
    scope.require(tenantId);
    var tenant = em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (tenant == null) {
      throw new RuleViolation("tenantId", "tenancy.notFound");
    }
    if (tenant.getVersion() != expectedVersion) {
      throw new ConcurrentChange("tenant " + tenantId);
    }
    // Any change below bumps the version, so a form loaded before it is refused afterwards.
    em.lock(tenant, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    return tenant;
  }

  /** A department the coordinator's unit covers; any other reads as unknown. */
  private Department departmentInScope(long departmentId) {
    var department = em.find(Department.class, departmentId);
    if (department == null
        || scope.unitId().filter(department.coveringUnit().getId()::equals).isEmpty()) {
      throw new RuleViolation("departmentId", "tenant.department.unknown");
    }
    return department;
  }

  private static void checkWithinTenancy(Tenant tenant, Period period) {
    if (period.from().isBefore(tenant.getReferralDate())) {
      throw new RuleViolation("from", "assignment.beforeReferral", tenant.getReferralDate());
    }
    var end = tenant.getTenancyEndDate();
    if (end.isPresent() && period.from().isAfter(end.get())) {
      throw new RuleViolation("from", "assignment.afterTenancy", end.get());
    }
  }

  private void history(TenantEvent event) {
    em.persist(event);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private List<SupportAssignment> assignmentsOf(Tenant tenant) {
    return em.createNamedQuery(SupportAssignment.OF_TENANT, SupportAssignment.class)
        .setParameter("tenant", tenant)
        .getResultList();
  }

  private <T> T find(Class<T> type, long id, String field) {
    var found = em.find(type, id);
    if (found == null) {
      throw new RuleViolation(field, "tenancy.notFound");
    }
    return found;
  }
}
