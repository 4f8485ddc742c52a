package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.security.AccessDenied;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.Tenant;
import dk.kk.naboskab.tenancy.domain.Worker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lists of referred tenants each role may see — never more. Housing staff see the tenants in
 * their own association's departments with the name and phone of each tenant's municipal contact
 * person, and nothing about the support itself; a worker sees the tenants they support today. The
 * association and the worker come from the signed-in user, never from the request. Paging happens
 * in the database.
 */
@Stateless
public class TenantDirectory {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject TenancyService tenancy;

  /** What housing staff see of a referred tenant. */
  public record OurTenant(
      long id,
      String name,
      String address,
      String department,
      String contactName,
      String contactPhone) {}

  /** What a worker sees in "my tenants". */
  public record MyTenant(long id, String name, String address, String department, String role) {}

  /** Housing staff: a page of the referred tenants housed in their association's departments. */
  public List<OurTenant> ourTenants(int first, int size) {
    var association = ownAssociation();
    var today = today();
    return em
        .createQuery(
            "select t from Tenant t join fetch t.department d where d.association.code = :association"
                + " and t.moveInDate <= :today and (t.tenancyEndDate is null or t.tenancyEndDate > :today)"
                + " order by t.lastName, t.firstName, t.id",
            Tenant.class)
        .setParameter("association", association)
        .setParameter("today", today)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(this::asOurTenant)
        .toList();
  }

  /** Housing staff: how many referred tenants their association houses today. */
  public long countOurTenants() {
    var today = today();
    return em.createQuery(
            "select count(t) from Tenant t where t.department.association.code = :association"
                + " and t.moveInDate <= :today and (t.tenancyEndDate is null or t.tenancyEndDate > :today)",
            Long.class)
        .setParameter("association", ownAssociation())
        .setParameter("today", today)
        .getSingleResult();
  }

  /**
   * Housing staff: one of their association's tenants.
   *
   * @throws AccessDenied for another association's tenant, exactly as for one that does not exist,
   *     so ids cannot be probed
   */
  public OurTenant ourTenant(long tenantId) {
    var association = ownAssociation();
    var tenant = em.find(Tenant.class, tenantId);
    if (tenant == null || !tenant.getDepartment().getAssociation().getCode().equals(association)) {
      throw new AccessDenied("tenant " + tenantId + " is not in " + association + "'s departments");
    }
    return asOurTenant(tenant);
  }

  /**
   * A worker: the tenants they are assigned to today, in any role. None for a worker Keycloak knows
   * but the register does not (yet).
   */
  public List<MyTenant> myTenants() {
    var found = ownWorker();
    if (found.isEmpty()) {
      return List.of();
    }
    var worker = found.get();
    var today = today();
    return em
        .createQuery(
            "select a.tenant.id, a.tenant.firstName, a.tenant.lastName, a.tenant.address,"
                + " a.tenant.department.name, a.role from SupportAssignment a where a.worker = :worker"
                + " and a.fromDate <= :today and (a.untilDate is null or a.untilDate >= :today)"
                + " order by a.tenant.lastName, a.tenant.firstName",
            Object[].class)
        .setParameter("worker", worker)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .map(
            r ->
                new MyTenant(
                    (Long) r[0],
                    r[1] + " " + r[2],
                    (String) r[3],
                    (String) r[4],
                    String.valueOf(r[5])))
        .toList();
  }

  private OurTenant asOurTenant(Tenant tenant) {
    var contact = contactPerson(tenant);
    return new OurTenant(
        tenant.getId(),
        tenant.getName(),
        tenant.getAddress(),
        tenant.getDepartment().getName(),
        contact.map(Worker::getName).orElse(tenant.getDepartment().coveringUnit().getTeamName()),
        contact.map(Worker::getPhone).orElse(null));
  }

  /** The letting agreement's contact person: whoever answers for the tenant now, if a worker. */
  private Optional<Worker> contactPerson(Tenant tenant) {
    var responsible = tenancy.responsibleAt(tenant.getId(), clock.instant());
    return responsible instanceof Responsibility.Worker worker
        ? Optional.ofNullable(em.find(Worker.class, worker.workerId()))
        : Optional.empty();
  }

  private String ownAssociation() {
    currentUser.require(Role.HOUSING_STAFF);
    return currentUser
        .getAssociation()
        .orElseThrow(() -> new AccessDenied(currentUser.getUsername() + " has no association"));
  }

  /** Whether the signed-in support worker is in the register (a coordinator adds them). */
  public boolean isRegisteredWorker() {
    return ownWorker().isPresent();
  }

  private Optional<Worker> ownWorker() {
    currentUser.require(Role.SUPPORT_WORKER);
    return em.createNamedQuery(Worker.BY_USERNAME, Worker.class)
        .setParameter("username", currentUser.getUsername())
        .getResultStream()
        .findFirst();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
