package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Like;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.Tenant;
import dk.kk.naboskab.tenancy.domain.Worker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lists of referred tenants each role may see — never more. Housing staff see the tenants in
 * their own association's departments with the name and phone of each tenant's municipal contact
 * person, and nothing about the support itself; a worker sees the tenants they support today. The
 * association and the worker come from the signed-in user, never from the request. Paging happens
 * in the database.
 */
@Published(
    "concern: tenants to file a concern about; api: an association's tenants for its own system")
@Stateless
// Reads only: without a caller's transaction each read is a statement of its own, and a page pays
// nothing for a transaction; the read log's row is written the same way (AuditLog, ADR 22).
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class TenantDirectory {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;
  @Inject TenancyFacts facts;
  @Inject Clock clock;
  @Inject TenancyService tenancy;
  @Inject TenantScope scope;

  /** What housing staff see of a referred tenant. */
  public record OurTenant(
      long id,
      String name,
      String address,
      String department,
      String contactName,
      String contactPhone)
      implements java.io.Serializable {}

  /** What a worker sees in "my tenants". */
  public record MyTenant(long id, String name, String address, String department, String role)
      implements java.io.Serializable {}

  /** Housing staff: a page of the referred tenants housed in their association's departments. */
  public List<OurTenant> ourTenants(int first, int size) {
    requireHousingStaff();
    if (!scope.reachesAny()) {
      return List.of();
    }
    return page(first, size);
  }

  /** How many tenants a download reads at a time. */
  private static final int EXPORT_PAGE = 500;

  /**
   * Housing staff: every referred tenant their association houses today, as the list shows them
   * (the contact person by the same consent rule), for a download. Each tenant in it is a row in
   * the read log (an export), in the transaction that reads them: the tenant's disclosure names the
   * download.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
  public List<OurTenant> exportOurTenants() {
    var all = new java.util.ArrayList<OurTenant>();
    for (int first = 0; ; first += EXPORT_PAGE) {
      var page = exportOurTenants(first, EXPORT_PAGE);
      all.addAll(page);
      if (page.size() < EXPORT_PAGE) {
        return all;
      }
    }
  }

  /**
   * Housing staff's own system (the API): a page of the tenants their association houses today, as
   * the list shows them. The page leaves the portal as a download does: each tenant in it is an
   * export in the read log, in the transaction that reads them.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
  public List<OurTenant> exportOurTenants(int first, int size) {
    requireHousingStaff();
    if (!scope.reachesAny()) {
      return List.of();
    }
    var page = page(first, size);
    if (!page.isEmpty()) {
      auditLog.readAll(
          AuditEvent.Action.EXPORT,
          page.stream().map(t -> AuditLog.About.tenant(t.id())).toList(),
          AuditEvent.Outcome.SHOWN);
    }
    return page;
  }

  private List<OurTenant> page(int first, int size) {
    var tenants =
        scope
            .bind(
                em.createQuery(
                    "select t from Tenant t join fetch t.department d where "
                        + scope.where("t")
                        + " order by t.lastName, t.firstName, t.id",
                    Tenant.class))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    var contacts = contactPersons(tenants);
    var views = facts.associationViews(tenants.stream().map(Tenant::getId).toList(), today());
    return tenants.stream()
        .map(t -> asOurTenant(t, contacts.get(t.getId()), views.get(t.getId())))
        .toList();
  }

  /** Housing staff: how many referred tenants their association houses today. */
  public long countOurTenants() {
    requireHousingStaff();
    if (!scope.reachesAny()) {
      return 0;
    }
    return scope
        .bind(em.createQuery("select count(t) from Tenant t where " + scope.where("t"), Long.class))
        .getSingleResult();
  }

  /** A tenant to choose in a form: who, where. */
  public record TenantChoice(long id, String name, String address, String department) {
    /** How a form shows the tenant: enough to tell two of the same name apart. */
    public String label() {
      return name + " – " + address + " (" + department + ")";
    }
  }

  /**
   * Housing staff: their housed tenants whose name, address or department contains the text,
   * alphabetically, at most {@code max} — the filing form asks as the officer types.
   */
  public List<TenantChoice> findOurTenants(String text, int max) {
    requireHousingStaff();
    if (!scope.reachesAny()) {
      return List.of();
    }
    var pattern = "%" + Like.escape(text == null ? "" : text.trim()) + "%";
    return scope
        .bind(
            em.createQuery(
                """
                select t.id, t.firstName, t.lastName, t.address, d.name
                from Tenant t join t.department d
                where (concat(t.firstName, ' ', t.lastName) like :text
                       or t.address like :text or d.name like :text)
                  and """
                    + scope.where("t")
                    + " order by t.lastName, t.firstName, t.id",
                Object[].class))
        .setParameter("text", pattern)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new TenantChoice((Long) r[0], r[1] + " " + r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  /**
   * Housing staff: one of their housed tenants as a form shows it.
   *
   * @return empty for any tenant they may not reach, as for one that does not exist
   */
  public Optional<TenantChoice> ourTenantChoice(long tenantId) {
    requireHousingStaff();
    if (!scope.allows(tenantId)) {
      return Optional.empty();
    }
    // What the form shows, not the whole tenant (whose CPR number the form has no use for).
    var row =
        em.createQuery(
                """
                select t.id, t.firstName, t.lastName, t.address, d.name
                from Tenant t join t.department d
                where t.id = :id""",
                Object[].class)
            .setParameter("id", tenantId)
            .getSingleResult();
    return Optional.of(
        new TenantChoice((Long) row[0], row[1] + " " + row[2], (String) row[3], (String) row[4]));
  }

  /**
   * Housing staff: one of the tenants their association houses today.
   *
   * @throws AccessDenied for another association's tenant or one who has moved out, exactly as for
   *     one that does not exist, so ids cannot be probed
   */
  public OurTenant ourTenant(long tenantId) {
    requireHousingStaff();
    scope.require(tenantId);
    var tenant = em.find(Tenant.class, tenantId);
    // The association is a recipient: its staff's reads are logged as the municipality's are.
    auditLog.read(
        AuditEvent.Action.READ_TENANT, AuditLog.About.tenant(tenantId), AuditEvent.Outcome.SHOWN);
    return asOurTenant(
        tenant,
        contactPersons(List.of(tenant)).get(tenantId),
        facts.associationViews(List.of(tenantId), today()).get(tenantId));
  }

  /**
   * A coordinator: what the tenant's housing association sees of them today ("Det ser
   * boligselskabet") — built by the very code that builds the association's own pages, so the two
   * cannot differ. Not a read of its own in the log: it is part of the tenant page.
   */
  public OurTenant asTheAssociationSees(long tenantId) {
    currentUser.require(Role.COORDINATOR);
    scope.require(tenantId);
    var tenant = em.find(Tenant.class, tenantId);
    return asOurTenant(
        tenant,
        contactPersons(List.of(tenant)).get(tenantId),
        facts.associationViews(List.of(tenantId), today()).get(tenantId));
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

  private OurTenant asOurTenant(
      Tenant tenant, Optional<Worker> contact, TenancyFacts.AssociationView view) {
    // The contact person only where the tenant's consent lets the association know them, and never
    // a §99 anonymous SKP: else the team and its phone (the one rule, TenancyFacts).
    var named = contact.filter(w -> view.names(w.getId()));
    return new OurTenant(
        tenant.getId(),
        tenant.getName(),
        tenant.getAddress(),
        tenant.getDepartment().getName(),
        named.map(Worker::getName).orElse(view.teamName()),
        named.map(Worker::getPhone).orElse(view.teamPhone()));
  }

  /**
   * The letting agreement's contact person of each tenant: whoever answers for them now, if a
   * worker — for a page of tenants in three queries.
   */
  private Map<Long, Optional<Worker>> contactPersons(List<Tenant> tenants) {
    var responsible =
        tenancy.responsibleAt(tenants.stream().map(Tenant::getId).toList(), clock.instant());
    var workerIds = new HashSet<Long>();
    responsible.values().forEach(r -> r.workerIds().forEach(workerIds::add));
    var workers = new HashMap<Long, Worker>();
    if (!workerIds.isEmpty()) {
      em.createQuery("select w from Worker w where w.id in :ids", Worker.class)
          .setParameter("ids", workerIds)
          .getResultList()
          .forEach(w -> workers.put(w.getId(), w));
    }
    var contacts = new HashMap<Long, Optional<Worker>>();
    for (var tenant : tenants) {
      contacts.put(
          tenant.getId(),
          responsible.get(tenant.getId()) instanceof Responsibility.Worker worker
              ? Optional.ofNullable(workers.get(worker.workerId()))
              : Optional.empty());
    }
    return contacts;
  }

  private void requireHousingStaff() {
    currentUser.require(Role.HOUSING_STAFF);
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
