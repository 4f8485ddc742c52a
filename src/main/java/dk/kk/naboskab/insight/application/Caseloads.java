package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Caseloads today: active referred tenants per worker and per worker type and unit, held against
 * the goal for home-support workers, and concerns per 100 referred tenants per department. Each
 * figure is one SQL aggregation. Worker names for coordinators only; analysts see units and types.
 * The filter's unit narrows every table; its period, association and category narrow the concerns
 * per department (a worker's caseload spans associations and categories).
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@Published("api: the caseloads the warehouse reads")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Caseloads {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * One worker's caseload. For home-support workers also what the 2011 budget note measures: the
   * citizens in their own homes (the referred tenants plus the others the coordinator counted for
   * the latest month) per position's worth of own-home hours.
   *
   * @param tenants referred tenants from the register, supported today
   * @param ownHomeShare the share of hours for citizens in own homes (home support only)
   * @param counted the latest month counted in the last twelve, null if none (home support only)
   * @param others citizens in own homes outside the register that month, null if not counted
   * @param residential citizens in residential facilities that month, null if not counted
   */
  public record WorkerLoad(
      String name,
      String unit,
      String type,
      BigDecimal fte,
      long tenants,
      BigDecimal ownHomeShare,
      YearMonth counted,
      Integer others,
      Integer residential)
      implements java.io.Serializable {
    public boolean isHomeSupport() {
      return HOME_SUPPORT.equals(type);
    }

    /** Citizens per position: every citizen counted, or the referred tenants for other types. */
    public BigDecimal perPosition() {
      return per(tenants + (others == null ? 0 : others + residential), fte);
    }

    /** Positions' worth of hours for citizens in own homes (home support only). */
    public BigDecimal ownHomePositions() {
      return isHomeSupport() ? fte.multiply(ownHomeShare) : null;
    }

    /** Citizens in own homes: referred tenants and the counted others (home support only). */
    public Long ownHomeCitizens() {
      return isHomeSupport() ? tenants + (others == null ? 0 : others) : null;
    }

    /** The note's measure: citizens in own homes per own-home position (home support only). */
    public BigDecimal perOwnHomePosition() {
      return isHomeSupport() ? per(ownHomeCitizens(), ownHomePositions()) : null;
    }

    public boolean isAboveTarget() {
      return isHomeSupport() && perOwnHomePosition().compareTo(Positions.TARGET) > 0;
    }
  }

  /**
   * A unit's workers of one type together; for home support, the own-home figures summed.
   *
   * @param uncounted home-support workers with no count in the last twelve months
   */
  public record TypeLoad(
      String unit,
      String type,
      long workers,
      BigDecimal fte,
      long tenants,
      long citizens,
      BigDecimal ownHomePositions,
      long ownHomeCitizens,
      long uncounted)
      implements java.io.Serializable {
    public boolean isHomeSupport() {
      return HOME_SUPPORT.equals(type);
    }

    /** Citizens per position: every citizen counted, or the referred tenants for other types. */
    public BigDecimal perPosition() {
      return per(citizens, fte);
    }

    /** The note's measure, home support only. */
    public BigDecimal perOwnHomePosition() {
      return isHomeSupport() ? per(ownHomeCitizens, ownHomePositions) : null;
    }

    public boolean isAboveTarget() {
      var per = perOwnHomePosition();
      return per != null && per.compareTo(Positions.TARGET) > 0;
    }
  }

  /**
   * A department's concerns in the period per 100 referred tenants housed today; {@code suppressed}
   * for analysts when fewer than five concerns (or hidden with the one that was), and for them the
   * counts rounded to a multiple of five, the tenants null when one to four ({@link SmallCells}).
   */
  public record DepartmentRate(
      String association,
      String department,
      Long tenants,
      Long concerns,
      BigDecimal per100,
      boolean suppressed)
      implements java.io.Serializable {}

  /**
   * Every active worker's caseload, highest first within unit and type; of one unit if the filter
   * names one. Coordinators only.
   */
  public List<WorkerLoad> byWorker(Filter filter) {
    currentUser.require(Role.COORDINATOR);
    return workerLoads(filter);
  }

  /**
   * Per unit and worker type: workers, positions, tenants and tenants per position; of one unit if
   * the filter names one. The workers' own figures added up (a tenant with two workers of a type
   * counts for both); no name leaves this method.
   */
  public List<TypeLoad> byUnitAndType(Filter filter) {
    InsightReaders.isAnalyst(currentUser);
    var sums = new java.util.LinkedHashMap<List<String>, TypeLoad>();
    for (var w : workerLoads(filter)) {
      var one =
          new TypeLoad(
              w.unit(),
              w.type(),
              1,
              w.fte(),
              w.tenants(),
              w.tenants() + (w.others() == null ? 0 : w.others() + w.residential()),
              w.isHomeSupport() ? w.ownHomePositions() : BigDecimal.ZERO,
              w.isHomeSupport() ? w.ownHomeCitizens() : 0,
              w.isHomeSupport() && w.counted() == null ? 1 : 0);
      sums.merge(
          List.of(w.unit(), w.type()),
          one,
          (a, b) ->
              new TypeLoad(
                  a.unit(),
                  a.type(),
                  a.workers() + b.workers(),
                  a.fte().add(b.fte()),
                  a.tenants() + b.tenants(),
                  a.citizens() + b.citizens(),
                  a.ownHomePositions().add(b.ownHomePositions()),
                  a.ownHomeCitizens() + b.ownHomeCitizens(),
                  a.uncounted() + b.uncounted()));
    }
    return List.copyOf(sums.values());
  }

  /** The one query behind both caseload tables. */
  private List<WorkerLoad> workerLoads(Filter filter) {
    var thisMonth = YearMonth.from(today());
    // What it counts: per active worker (of the filter's unit, when named), the referred tenants
    // assigned to them today who still live in their home, and the citizens outside the register
    // of the latest month counted in the last twelve; by unit and worker type, names in order.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select w.name, u.name, w.worker_type, w.fte, coalesce(l.tenants, 0),
                  w.own_home_share, c.month, c.own_home, c.residential
                from worker w
                join unit u on u.id = w.unit_id
                left join (
                  select a.worker_id, count(distinct a.tenant_id) as tenants
                  from assignment a
                  join tenant t on t.id = a.tenant_id
                  where a.from_date <= ?1 and (a.until_date is null or a.until_date >= ?1)
                    and (t.tenancy_end_date is null or t.tenancy_end_date > ?1)
                  group by a.worker_id
                ) l on l.worker_id = w.id
                left join citizen_count c on c.worker_id = w.id and c.month = (
                  select max(c2.month) from citizen_count c2
                  where c2.worker_id = w.id and c2.month between ?3 and ?4)
                where w.active and (?2 is null or w.unit_id = ?2)
                order by u.name, w.worker_type, w.name""")
            .setParameter(1, Date.valueOf(today()))
            .setParameter(2, filter.unitId())
            .setParameter(3, Date.valueOf(thisMonth.minusMonths(11).atDay(1)))
            .setParameter(4, Date.valueOf(thisMonth.atDay(1)))
            .getResultList();
    var loads =
        rows.stream()
            .map(
                r ->
                    new WorkerLoad(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        new BigDecimal(r[3].toString()),
                        ((Number) r[4]).longValue(),
                        new BigDecimal(r[5].toString()),
                        r[6] == null ? null : YearMonth.from(((Date) r[6]).toLocalDate()),
                        r[7] == null ? null : ((Number) r[7]).intValue(),
                        r[8] == null ? null : ((Number) r[8]).intValue()))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    // Heaviest first within unit and type: the note's measure for home support, else per position.
    // (The groups stay in the database's Danish order; a stable sort keeps names in order too.)
    var groups = new java.util.HashMap<List<String>, Integer>();
    loads.forEach(w -> groups.putIfAbsent(List.of(w.unit(), w.type()), groups.size()));
    loads.sort(
        java.util.Comparator.comparing((WorkerLoad w) -> groups.get(List.of(w.unit(), w.type())))
            .thenComparing(
                (WorkerLoad w) -> w.isHomeSupport() ? w.perOwnHomePosition() : w.perPosition(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    return loads;
  }

  /**
   * Concerns filed in the filter's months (the last twelve if it names none) per 100 referred
   * tenants housed today, per department — of the unit's area, the association and the category the
   * filter names.
   *
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public List<DepartmentRate> concernsPer100(Filter filter) {
    var analyst = InsightReaders.isAnalyst(currentUser);
    filter.requireOrdered();
    var today = today();
    var from = filter.from() != null ? filter.from() : YearMonth.from(today).minusMonths(11);
    var to = filter.to() != null ? filter.to() : YearMonth.from(today);
    // What it counts: per department (of the unit's area and the association, when named), the
    // referred tenants housed today and the concerns filed in the months (of the category, when
    // named). A filter left empty is a null that matches every row.
    var query =
        em.createNativeQuery(
                """
                select a.name, concat(d.number, ' ', d.name),
                  coalesce(h.tenants, 0), coalesce(c.concerns, 0)
                from department d
                join housing_association a on a.id = d.association_id
                join district di on di.id = d.district_id
                left join (
                  select t.department_id, count(*) as tenants
                  from tenant t
                  where t.move_in_date <= ?1
                    and (t.tenancy_end_date is null or t.tenancy_end_date > ?1)
                  group by t.department_id
                ) h on h.department_id = d.id
                left join (
                  select m.department_id, count(*) as concerns
                  from concern_measure m
                  where m.filed_month >= ?2 and m.filed_month <= ?3
                    and (?4 is null or m.category_id = ?4)
                  group by m.department_id
                ) c on c.department_id = d.id
                where (?5 is null or di.unit_id = ?5)
                  and (?6 is null or d.association_id = ?6)
                order by a.name, d.number""")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(from.atDay(1)))
            .setParameter(3, Date.valueOf(to.atDay(1)))
            .setParameter(4, filter.categoryId())
            .setParameter(5, filter.unitId())
            .setParameter(6, filter.associationId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    var hidden =
        SmallCells.hidden(
            analyst, rows.stream().mapToLong(r -> ((Number) r[3]).longValue()).toArray());
    var rates = new java.util.ArrayList<DepartmentRate>();
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      long tenants = ((Number) r[2]).longValue();
      long count = ((Number) r[3]).longValue();
      Long shownTenants = SmallCells.count(analyst, tenants);
      if (hidden[i]) {
        rates.add(new DepartmentRate((String) r[0], (String) r[1], shownTenants, null, null, true));
        continue;
      }
      Long shownCount = SmallCells.count(analyst, count);
      rates.add(
          new DepartmentRate(
              (String) r[0],
              (String) r[1],
              shownTenants,
              shownCount,
              shownTenants == null || shownTenants == 0 || shownCount == null
                  ? null
                  : BigDecimal.valueOf(shownCount * 100)
                      .divide(BigDecimal.valueOf(shownTenants), 1, RoundingMode.HALF_EVEN),
              false));
    }
    return rates;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }

  private static final String HOME_SUPPORT = "HOME_SUPPORT";

  private static BigDecimal per(long citizens, BigDecimal positions) {
    return positions == null || positions.signum() == 0
        ? null
        : BigDecimal.valueOf(citizens).divide(positions, 1, RoundingMode.HALF_EVEN);
  }
}
