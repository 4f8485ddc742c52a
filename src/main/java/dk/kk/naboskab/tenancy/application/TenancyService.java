package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.tenancy.domain.AbsenceRules;
import dk.kk.naboskab.tenancy.domain.AssignmentRules;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.Department;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.ResponsibilityRule;
import dk.kk.naboskab.tenancy.domain.RuleViolation;
import dk.kk.naboskab.tenancy.domain.SupportAssignment;
import dk.kk.naboskab.tenancy.domain.Tenant;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerAbsence;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' register of referred tenants and their support, and the one question the rest
 * of the portal asks: who is responsible for this tenant right now? Each method runs in one
 * transaction: a refused change stores nothing.
 *
 * <p>Only coordinators change the register or read a CPR number; the check is here, in the service,
 * so every page and endpoint that calls it is covered.
 */
@Stateless
public class TenancyService {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CprCipher cprCipher;
  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;

  /**
   * @throws RuleViolation for a malformed or already registered CPR number, an unknown department,
   *     or a move-in before the referral
   */
  public Tenant registerTenant(@NotNull @Valid RegisterTenant command) {
    currentUser.require(Role.COORDINATOR);
    var cpr = CprNumber.parse(command.cpr());
    var index = cprCipher.index(cpr);
    if (!em.createNamedQuery(Tenant.BY_CPR_INDEX, Tenant.class)
        .setParameter("index", index)
        .getResultList()
        .isEmpty()) {
      throw new RuleViolation("cpr", "tenant.cprExists");
    }
    var department = em.find(Department.class, command.departmentId());
    if (department == null) {
      throw new RuleViolation("departmentId", "tenant.department.unknown");
    }
    var tenant =
        new Tenant(
            command.firstName().trim(),
            command.lastName().trim(),
            cprCipher.encrypt(cpr),
            index,
            department,
            command.address().trim(),
            command.referralDate(),
            command.moveInDate(),
            command.supportTrack(),
            command.consent(),
            command.consentDate(),
            clock.instant());
    em.persist(tenant);
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
    var tenant = find(Tenant.class, tenantId, "tenantId");
    var worker = find(Worker.class, workerId, "workerId");
    var existing = assignmentsOf(tenant).stream().map(SupportAssignment::asRule).toList();
    var assignment = new SupportAssignment(tenant, worker, role, period);
    AssignmentRules.check(assignment.asRule(), worker.getType(), existing);
    em.persist(assignment);
    return assignment;
  }

  /**
   * Registers a worker's absence with a substitute.
   *
   * @throws RuleViolation for an overlapping absence or a substitute loop
   */
  public WorkerAbsence registerAbsence(long workerId, @NotNull Period period, long substituteId) {
    currentUser.require(Role.COORDINATOR);
    var worker = find(Worker.class, workerId, "workerId");
    var substitute = find(Worker.class, substituteId, "substitute");
    var absence = new WorkerAbsence(worker, period, substitute);
    var overlapping =
        em
            .createNamedQuery(WorkerAbsence.OVERLAPPING, WorkerAbsence.class)
            .setParameter("from", period.from())
            .setParameter("until", period.lastDay().orElse(LocalDate.MAX))
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
    var tenant = find(Tenant.class, tenantId, "tenantId");
    var day = instant.atZone(ClockProducer.COPENHAGEN).toLocalDate();
    var assignments = assignmentsOf(tenant).stream().map(SupportAssignment::asRule).toList();
    return ResponsibilityRule.on(
        day,
        assignments,
        workerId ->
            em
                .createNamedQuery(WorkerAbsence.OF_WORKER_ON, WorkerAbsence.class)
                .setParameter("worker", workerId)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(WorkerAbsence::asRule)
                .toList());
  }

  /** The tenant's CPR number, for municipal staff who may see it. */
  public CprNumber cprOf(long tenantId) {
    currentUser.require(Role.COORDINATOR);
    var cpr = cprCipher.decrypt(find(Tenant.class, tenantId, "tenantId").getCprEncrypted());
    // Every read of a CPR number by municipal staff is logged, in the same transaction.
    auditLog.record(
        currentUser.getUsername(),
        Role.COORDINATOR.roleName(),
        AuditEvent.Action.READ_CPR,
        "tenant " + tenantId);
    return cpr;
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
