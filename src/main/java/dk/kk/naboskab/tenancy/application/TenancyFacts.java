package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.ConsentRecord;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.Worker;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The register's facts other contexts act on, as values: who and where a tenant is, a worker's name
 * and mailbox, a unit's team. No access check here: the caller has already decided, under its own
 * rule (a concern's visibility), that the person may see what these facts serve — a tenant's name
 * and address only on a concern the person may see.
 */
@Published(
    "concern: a tenant's card and unit, a worker's card, a unit's team; insight: departments and"
        + " worker types for the figures")
@Stateless
// Facts only: read within the caller's transaction if it has one, else statement by statement.
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class TenancyFacts {
  @PersistenceContext EntityManager em;

  /** The unit that covers the tenant's department, and its team's name. */
  public record TenantPlace(long tenantId, long unitId, String teamName) {}

  /** A tenant as a concern shows them: name, the flat's address, department and association. */
  public record TenantCard(
      long id, String name, String address, String department, String association) {}

  /** A worker as routing and notifications need them. */
  public record WorkerCard(
      long id,
      String name,
      String username,
      String email,
      long unitId,
      String unitName,
      boolean active) {}

  /** A unit's housing-social team: its name and its shared mailbox. */
  public record Team(long unitId, String name, String email) {}

  public TenantPlace placeOf(long tenantId) {
    // The unit that covers the tenant's department is its district's (Department.coveringUnit),
    // read in one query instead of loading the tenant, department, district and unit.
    var row =
        em.createQuery(
                """
                select u.id, u.teamName
                from Tenant t join t.department d join d.district di join di.unit u
                where t.id = :id""",
                Object[].class)
            .setParameter("id", tenantId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenantId));
    return new TenantPlace(tenantId, (Long) row[0], (String) row[1]);
  }

  public TenantCard tenant(long tenantId) {
    var found = tenants(java.util.List.of(tenantId)).get(tenantId);
    if (found == null) {
      throw new IllegalArgumentException("no tenant " + tenantId);
    }
    return found;
  }

  /** The tenants' cards, by id, in one query. */
  public Map<Long, TenantCard> tenants(Collection<Long> tenantIds) {
    var cards = new HashMap<Long, TenantCard>();
    if (!tenantIds.isEmpty()) {
      em.createQuery(
              """
              select t.id, t.firstName, t.lastName, t.address, d.name, a.name
              from Tenant t join t.department d join d.association a
              where t.id in :ids""",
              Object[].class)
          .setParameter("ids", tenantIds)
          .getResultList()
          .forEach(
              r ->
                  cards.put(
                      (Long) r[0],
                      new TenantCard(
                          (Long) r[0],
                          r[1] + " " + r[2],
                          (String) r[3],
                          (String) r[4],
                          (String) r[5])));
    }
    return cards;
  }

  public Optional<WorkerCard> worker(long workerId) {
    return Optional.ofNullable(em.find(Worker.class, workerId)).map(TenancyFacts::card);
  }

  /** The unit's active workers, by name. */
  public java.util.List<WorkerCard> activeWorkersOf(long unitId) {
    return em
        .createQuery(
            """
            select w from Worker w join fetch w.unit
            where w.active = true and w.unit.id = :unit order by w.name""",
            Worker.class)
        .setParameter("unit", unitId)
        // Reference data (ADR 17): the answer is kept until a worker changes through the portal.
        .setHint("eclipselink.query-results-cache", "true")
        .getResultList()
        .stream()
        .map(TenancyFacts::card)
        .toList();
  }

  private static WorkerCard card(Worker w) {
    return new WorkerCard(
        w.getId(),
        w.getName(),
        w.getUsername(),
        w.getEmail(),
        w.getUnit().getId(),
        w.getUnit().getName(),
        w.isActive());
  }

  /**
   * The workers' names, by id; an unknown id is left out. Workers are reference data in the shared
   * cache (ADR 17): those cached cost no statement, the rest one query together.
   */
  public Map<Long, String> workerNames(Collection<Long> workerIds) {
    var cache = em.getEntityManagerFactory().getCache();
    var names = new HashMap<Long, String>();
    var missing = new java.util.ArrayList<Long>();
    for (var id : workerIds) {
      if (cache.contains(Worker.class, id)) {
        names.put(id, em.find(Worker.class, id).getName());
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      // Whole workers, so the shared cache holds them for the next page.
      em.createQuery("select w from Worker w where w.id in :ids", Worker.class)
          .setParameter("ids", missing)
          .getResultList()
          .forEach(w -> names.put(w.getId(), w.getName()));
    }
    return names;
  }

  /** The associations' names, by id. */
  public Map<Long, String> associationNames(Collection<Long> associationIds) {
    return byId(
        "select a.id, a.name from HousingAssociation a where a.id in :ids",
        associationIds,
        String.class::cast);
  }

  /** Each tenant's department, by tenant id. */
  public Map<Long, Long> departmentsOf(Collection<Long> tenantIds) {
    return byId(
        "select t.id, t.department.id from Tenant t where t.id in :ids",
        tenantIds,
        Long.class::cast);
  }

  /** Each worker's kind (its name, as the figures store it), by worker id. */
  public Map<Long, String> workerTypesOf(Collection<Long> workerIds) {
    return byId(
        "select w.id, w.type from Worker w where w.id in :ids",
        workerIds,
        type -> ((Enum<?>) type).name());
  }

  /** A query of an id and one value for each of the ids, as a map; one query, none when empty. */
  private <T> Map<Long, T> byId(
      String jpql, Collection<Long> ids, java.util.function.Function<Object, T> value) {
    var result = new HashMap<Long, T>();
    if (!ids.isEmpty()) {
      em.createQuery(jpql, Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> result.put((Long) r[0], value.apply(r[1])));
    }
    return result;
  }

  /**
   * What the housing association may be told about a tenant's support today — the one rule (ADR
   * 24), used by every page, list, mail and export that names a worker to the association: the
   * contact person's name and phone only with the tenant's consent to it (given, in scope, not
   * expired — {@link ConsentRecord}), never a worker whose support is anonymous under §99; in their
   * place the unit's housing-social team and its phone.
   *
   * @param hiddenWorkerIds workers the association may not learn of (every worker without consent;
   *     the §99 anonymous SKPs always)
   * @param hiddenUsernames the same workers by username, for the timeline's authors
   */
  public record AssociationView(
      long tenantId,
      boolean namesWorkers,
      boolean showsSupportKind,
      java.util.Set<Long> hiddenWorkerIds,
      java.util.Set<String> hiddenUsernames,
      String teamName,
      String teamPhone) {

    /** Whether the association may be told this worker's name and phone. */
    public boolean names(Long workerId) {
      return workerId != null && namesWorkers && !hiddenWorkerIds.contains(workerId);
    }

    /** The name the association is shown for a worker: theirs, or the team's. */
    public String workerName(Long workerId, String name) {
      return names(workerId) ? name : teamName;
    }

    /** The name the association is shown for something a municipal user wrote or did. */
    public String actorName(String username, String name) {
      return namesWorkers && !hiddenUsernames.contains(username) ? name : teamName;
    }
  }

  /** Each tenant's {@link AssociationView} on the day, in one query whatever the number. */
  public Map<Long, AssociationView> associationViews(
      Collection<Long> tenantIds, java.time.LocalDate day) {
    var views = new HashMap<Long, AssociationView>();
    if (tenantIds.isEmpty()) {
      return views;
    }
    // The tenant's team, its newest consent decision and its §99 anonymous workers, per tenant.
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                """
                select t.id, u.team_name, u.team_phone, c.state, c.names_contact, c.support_kind,
                       c.given_on, c.expires_on,
                       (select group_concat(concat(w.id, ':', coalesce(w.username, '')))
                        from assignment a join worker w on w.id = a.worker_id
                        where a.tenant_id = t.id and a.anonymous)
                from tenant t
                join department d on d.id = t.department_id
                join district di on di.id = d.district_id
                join unit u on u.id = di.unit_id
                left join tenant_consent c on c.id =
                  (select k.id from tenant_consent k where k.tenant_id = t.id
                   order by k.recorded_at desc, k.id desc limit 1)
                where t.id in ("""
                    + tenantIds.stream()
                        .map(id -> String.valueOf(id.longValue()))
                        .collect(java.util.stream.Collectors.joining(","))
                    + ")")
            .getResultList();
    for (var r : rows) {
      var tenantId = ((Number) r[0]).longValue();
      var consent =
          r[3] == null
              ? null
              : new ConsentRecord(
                  tenantId,
                  dk.kk.naboskab.tenancy.domain.Consent.valueOf((String) r[3]),
                  truth(r[4]),
                  truth(r[5]),
                  localDate(r[6]),
                  r[7] == null ? null : localDate(r[7]),
                  java.time.Instant.EPOCH,
                  "");
      var hiddenIds = new java.util.HashSet<Long>();
      var hiddenNames = new java.util.HashSet<String>();
      if (r[8] != null) {
        for (var pair : r[8].toString().split(",")) {
          var colon = pair.indexOf(':');
          hiddenIds.add(Long.parseLong(pair.substring(0, colon)));
          if (colon + 1 < pair.length()) {
            hiddenNames.add(pair.substring(colon + 1));
          }
        }
      }
      views.put(
          tenantId,
          new AssociationView(
              tenantId,
              consent != null && consent.namesContact(day),
              consent != null && consent.showsSupportKind(day),
              java.util.Set.copyOf(hiddenIds),
              java.util.Set.copyOf(hiddenNames),
              (String) r[1],
              (String) r[2]));
    }
    return views;
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  private static java.time.LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
  }

  public Team team(long unitId) {
    var unit = em.find(Unit.class, unitId);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + unitId);
    }
    return new Team(unitId, unit.getTeamName(), unit.getTeamEmail());
  }
}
