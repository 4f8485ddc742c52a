package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Caseloads today: active referred tenants per worker and per worker type and unit, held against
 * the goal for home-support workers, and concerns per 100 referred tenants per department. Each
 * figure is one SQL aggregation. Worker names for coordinators only; analysts see units and types.
 */
@Stateless
@PermitAll
public class Caseloads {
  /** A tenant counts for a worker while assigned and still housed. */
  private static final String ACTIVE_TENANTS =
      "select a.worker_id, count(distinct a.tenant_id) as tenants from assignment a"
          + " join tenant t on t.id = a.tenant_id"
          + " where a.from_date <= ?1 and (a.until_date is null or a.until_date >= ?1)"
          + " and (t.tenancy_end_date is null or t.tenancy_end_date > ?1)"
          + " group by a.worker_id";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** One worker's caseload. */
  public record WorkerLoad(
      String name, String unit, String type, BigDecimal fte, long tenants, BigDecimal perPosition)
      implements java.io.Serializable {
    public boolean isAboveTarget() {
      return "HOME_SUPPORT".equals(type) && perPosition.compareTo(Positions.TARGET) > 0;
    }
  }

  /** A unit's workers of one type together. */
  public record TypeLoad(
      String unit, String type, long workers, BigDecimal fte, long tenants, BigDecimal perPosition)
      implements java.io.Serializable {
    public boolean isAboveTarget() {
      return "HOME_SUPPORT".equals(type)
          && perPosition != null
          && perPosition.compareTo(Positions.TARGET) > 0;
    }
  }

  /**
   * A department's concerns in the last twelve months per 100 referred tenants housed today; {@code
   * suppressed} for analysts when fewer than five concerns.
   */
  public record DepartmentRate(
      String association,
      String department,
      long tenants,
      Long concerns,
      BigDecimal per100,
      boolean suppressed)
      implements java.io.Serializable {}

  /** Every active worker's caseload, highest first within unit and type. Coordinators only. */
  public List<WorkerLoad> byWorker() {
    currentUser.require(Role.COORDINATOR);
    return activeWorkers(
            "w.name, u.name, w.worker_type, w.fte, coalesce(l.tenants, 0)",
            " order by u.name, w.worker_type, coalesce(l.tenants, 0) / w.fte desc, w.name")
        .stream()
        .map(
            r -> {
              var fte = new BigDecimal(r[3].toString());
              var tenants = ((Number) r[4]).longValue();
              return new WorkerLoad(
                  (String) r[0], (String) r[1], (String) r[2], fte, tenants, per(tenants, fte));
            })
        .toList();
  }

  /** Per unit and worker type: workers, positions, tenants and tenants per position. */
  public List<TypeLoad> byUnitAndType() {
    InsightReaders.isAnalyst(currentUser);
    return activeWorkers(
            "u.name, w.worker_type, count(*), sum(w.fte), sum(coalesce(l.tenants, 0))",
            " group by u.name, w.worker_type order by u.name, w.worker_type")
        .stream()
        .map(
            r -> {
              var fte = new BigDecimal(r[3].toString());
              var tenants = ((Number) r[4]).longValue();
              return new TypeLoad(
                  (String) r[0],
                  (String) r[1],
                  ((Number) r[2]).longValue(),
                  fte,
                  tenants,
                  per(tenants, fte));
            })
        .toList();
  }

  /** Active workers with their unit {@code u} and active tenants {@code l.tenants}. */
  private List<Object[]> activeWorkers(String select, String groupingAndOrder) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select "
                    + select
                    + " from worker w join unit u on u.id = w.unit_id left join ("
                    + ACTIVE_TENANTS
                    + ") l on l.worker_id = w.id where w.active"
                    + groupingAndOrder)
            .setParameter(1, Date.valueOf(today()))
            .getResultList();
    return rows;
  }

  /** Concerns filed in the last twelve months per 100 referred tenants housed today. */
  public List<DepartmentRate> concernsPer100() {
    var analyst = InsightReaders.isAnalyst(currentUser);
    var today = today();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.name, concat(d.number, ' ', d.name),"
                    + " (select count(*) from tenant t where t.department_id = d.id"
                    + "   and t.move_in_date <= ?1"
                    + "   and (t.tenancy_end_date is null or t.tenancy_end_date > ?1)),"
                    + " (select count(*) from concern_measure m where m.department_id = d.id"
                    + "   and m.filed_month >= ?2)"
                    + " from department d join housing_association a on a.id = d.association_id"
                    + " order by a.name, d.number")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(today.minusMonths(11).withDayOfMonth(1)))
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              var tenants = ((Number) r[2]).longValue();
              var concerns = ((Number) r[3]).longValue();
              if (analyst && concerns < ResponseTimes.SMALLEST_CELL) {
                return new DepartmentRate((String) r[0], (String) r[1], tenants, null, null, true);
              }
              return new DepartmentRate(
                  (String) r[0],
                  (String) r[1],
                  tenants,
                  concerns,
                  tenants == 0
                      ? null
                      : BigDecimal.valueOf(concerns * 100)
                          .divide(BigDecimal.valueOf(tenants), 1, RoundingMode.HALF_EVEN),
                  false);
            })
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }

  private static BigDecimal per(long tenants, BigDecimal fte) {
    return fte.signum() == 0
        ? null
        : BigDecimal.valueOf(tenants).divide(fte, 1, RoundingMode.HALF_EVEN);
  }
}
