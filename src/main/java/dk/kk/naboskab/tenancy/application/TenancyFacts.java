package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Published;
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

  /** The workers' names, by id; an unknown id is left out. */
  public Map<Long, String> workerNames(Collection<Long> workerIds) {
    return byId(
        "select w.id, w.name from Worker w where w.id in :ids", workerIds, String.class::cast);
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

  public Team team(long unitId) {
    var unit = em.find(Unit.class, unitId);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + unitId);
    }
    return new Team(unitId, unit.getTeamName(), unit.getTeamEmail());
  }
}
