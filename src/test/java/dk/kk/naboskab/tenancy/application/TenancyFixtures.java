package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.tenancy.domain.Department;
import dk.kk.naboskab.tenancy.domain.District;
import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Seeds a small organisation per test, in its own transaction, with names no other test uses. */
@Stateless
@PermitAll
public class TenancyFixtures {
  @PersistenceContext EntityManager em;

  /** Ids of what {@link #organisation(String)} made. */
  public record Organisation(
      String unitCode,
      String associationCode,
      long departmentId,
      long homeSupportId,
      long supportContactId,
      long housingAdvisorId,
      String housingAdvisorUsername) {}

  public Organisation organisation(String suffix) {
    var unit =
        new Unit(
            "U" + suffix,
            "Voksenenhed " + suffix,
            "Boligsocialt beredskab " + suffix,
            teamEmail(suffix));
    em.persist(unit);
    var district = new District("Distrikt " + suffix, unit);
    em.persist(district);
    var association = new HousingAssociation("A" + suffix, "Boligselskabet " + suffix);
    em.persist(association);
    var department =
        new Department(
            association, "1", "Afdeling 1", "Gaden 1", "2300", "København S", 120, district);
    em.persist(department);
    var henrik = worker("henrik-" + suffix, "Henrik " + suffix, WorkerType.HOME_SUPPORT, unit);
    var sara = worker("sara-" + suffix, "Sara " + suffix, WorkerType.SUPPORT_CONTACT, unit);
    var bo = worker("bo-" + suffix, "Bo " + suffix, WorkerType.HOUSING_ADVISOR, unit);
    em.flush();
    return new Organisation(
        unit.getCode(),
        association.getCode(),
        department.getId(),
        henrik.getId(),
        sara.getId(),
        bo.getId(),
        bo.getUsername());
  }

  /**
   * A long-term tenant of the department, referred two months and housed one month before {@code
   * today}, consent given, with a CPR number unlikely to be used by another test.
   */
  public static RegisterTenant housedTenant(
      long departmentId, String firstName, String lastName, LocalDate today) {
    var n = (int) (System.nanoTime() % 1_000_000);
    var cpr =
        String.format(
            "%02d%02d%02d-%04d", 1 + n % 28, 1 + (n / 28) % 12, 60 + (n / 336) % 40, n % 10_000);
    return new RegisterTenant(
        firstName,
        lastName,
        cpr,
        "",
        departmentId,
        "Gaden 1, 1. th",
        today.minusMonths(2),
        today.minusMonths(1),
        dk.kk.naboskab.tenancy.domain.SupportTrack.LONG_TERM,
        dk.kk.naboskab.tenancy.domain.Consent.GIVEN,
        today.minusMonths(2));
  }

  /** The unit's housing-social team's mailbox. */
  public static String teamEmail(String suffix) {
    return "team-" + suffix + "@kk.example";
  }

  /** A worker's address: their username at kk.example. */
  public static String email(String username) {
    return username + "@kk.example";
  }

  /** Another worker of this type in the same unit as the given worker. */
  public long colleagueOf(long workerId, WorkerType type, String name) {
    var unit = em.find(Worker.class, workerId).getUnit();
    var worker =
        worker(name.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(), name, type, unit);
    em.flush();
    return worker.getId();
  }

  public long count(String table) {
    return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
        .longValue();
  }

  /** One number from the database, e.g. a count with a condition. */
  public long number(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /** Rows of a query, each an array of its columns. */
  @SuppressWarnings("unchecked")
  public java.util.List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  /** Changes rows directly, e.g. a summary's figures a test sets by hand. */
  public int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  public String storedCpr(long tenantId) {
    return (String)
        em.createNativeQuery("select cpr_encrypted from tenant where id = ?1")
            .setParameter(1, tenantId)
            .getSingleResult();
  }

  private Worker worker(String username, String name, WorkerType type, Unit unit) {
    var worker =
        new Worker(username, name, "33170000", email(username), type, unit, BigDecimal.ONE);
    em.persist(worker);
    return worker;
  }
}
