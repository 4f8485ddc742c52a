package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.insight.domain.PositionSplit;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * New home-support positions split between the adult units by their social-housing flats, with
 * today's citizens per position before and after. The units' figures are one SQL aggregation.
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Positions {
  /** The goal: citizens per home-support worker (the letting agreement's follow-up). */
  public static final BigDecimal TARGET = new BigDecimal("19.6");

  /** Citizens per home-support worker when the goal was set. */
  public static final BigDecimal BASELINE = new BigDecimal("27.5");

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * A unit today as the budget note counts it.
   *
   * @param referred referred tenants its home-support workers support today
   * @param others citizens in own homes outside the register, of each worker's latest count
   * @param residential citizens in residential facilities, of each worker's latest count
   * @param positions the home-support workers' positions
   * @param ownHomePositions their positions' worth of hours for citizens in own homes
   */
  public record UnitToday(
      String unit,
      String name,
      long flats,
      long referred,
      long others,
      long residential,
      BigDecimal positions,
      BigDecimal ownHomePositions)
      implements java.io.Serializable {}

  /**
   * All units together, read the way the budget note reads its figures: citizens per position, and
   * citizens in own homes per own-home position today and with new own-home positions.
   */
  public record Totals(
      BigDecimal positions,
      BigDecimal ownHomePositions,
      long referred,
      long others,
      long residential)
      implements java.io.Serializable {
    public static Totals of(List<UnitToday> units) {
      return new Totals(
          units.stream().map(UnitToday::positions).reduce(BigDecimal.ZERO, BigDecimal::add),
          units.stream().map(UnitToday::ownHomePositions).reduce(BigDecimal.ZERO, BigDecimal::add),
          units.stream().mapToLong(UnitToday::referred).sum(),
          units.stream().mapToLong(UnitToday::others).sum(),
          units.stream().mapToLong(UnitToday::residential).sum());
    }

    public long ownHomeCitizens() {
      return referred + others;
    }

    /** Every citizen counted per position (the note's 27.5 when it was written). */
    public BigDecimal perPosition() {
      return per(referred + others + residential, positions);
    }

    /** Citizens in own homes per own-home position today. */
    public BigDecimal perOwnHomePositionToday() {
      return per(ownHomeCitizens(), ownHomePositions);
    }

    /** The same with {@code added} new own-home positions. */
    public BigDecimal perOwnHomePositionAfter(BigDecimal added) {
      return per(ownHomeCitizens(), ownHomePositions.add(added == null ? BigDecimal.ZERO : added));
    }

    private static BigDecimal per(long citizens, BigDecimal positions) {
      return positions.signum() == 0
          ? null
          : BigDecimal.valueOf(citizens).divide(positions, 1, java.math.RoundingMode.HALF_EVEN);
    }
  }

  /** Each unit's flats, citizens in own homes and own-home positions today. */
  public List<PositionSplit.Area> areas() {
    return areas(units());
  }

  /** The units' areas for the split. */
  public static List<PositionSplit.Area> areas(List<UnitToday> units) {
    return units.stream()
        .map(
            u ->
                new PositionSplit.Area(
                    u.unit(), u.name(), u.flats(), u.referred() + u.others(), u.ownHomePositions()))
        .toList();
  }

  /**
   * Each unit today: flats, the home-support workers' referred tenants, their counted citizens
   * outside the register (the latest month counted in the last twelve) and their positions.
   */
  public List<UnitToday> units() {
    currentUser.require(Role.COORDINATOR, Role.ANALYST);
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    var thisMonth = java.time.YearMonth.from(today);
    // What it counts: per unit, the social-housing flats of the departments in its districts; the
    // referred tenants its home-support workers are assigned to today who still live in their
    // home; of its active home-support workers, the citizens of each one's latest count (in own
    // homes outside the register, and in residential facilities), their positions and those
    // positions' hours for own homes.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select u.code, u.name,
                  (select coalesce(sum(d.flats), 0)
                   from department d join district di on di.id = d.district_id
                   where di.unit_id = u.id),
                  (select count(distinct a.tenant_id)
                   from assignment a
                   join worker w on w.id = a.worker_id
                   join tenant t on t.id = a.tenant_id
                   where w.unit_id = u.id and a.role = 'HOME_SUPPORT'
                     and a.from_date <= ?1 and (a.until_date is null or a.until_date >= ?1)
                     and (t.tenancy_end_date is null or t.tenancy_end_date > ?1)),
                  coalesce(c.others, 0), coalesce(c.residential, 0),
                  (select coalesce(sum(w.fte), 0)
                   from worker w
                   where w.unit_id = u.id and w.worker_type = 'HOME_SUPPORT' and w.active),
                  (select coalesce(sum(w.fte * w.own_home_share), 0)
                   from worker w
                   where w.unit_id = u.id and w.worker_type = 'HOME_SUPPORT' and w.active)
                from unit u
                left join (
                  select w.unit_id, sum(c.own_home) as others, sum(c.residential) as residential
                  from worker w
                  join citizen_count c on c.worker_id = w.id and c.month = (
                    select max(c2.month) from citizen_count c2
                    where c2.worker_id = w.id and c2.month between ?2 and ?3)
                  where w.worker_type = 'HOME_SUPPORT' and w.active
                  group by w.unit_id
                ) c on c.unit_id = u.id
                order by u.name""")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(thisMonth.minusMonths(11).atDay(1)))
            .setParameter(3, Date.valueOf(thisMonth.atDay(1)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new UnitToday(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    new BigDecimal(r[6].toString()),
                    new BigDecimal(r[7].toString())))
        .toList();
  }

  /**
   * Splits the positions.
   *
   * @throws RuleViolation on {@code positions} for nonsense (see {@link PositionSplit#split})
   */
  public List<PositionSplit.Share> split(BigDecimal positions, PositionSplit.Step step) {
    return PositionSplit.split(positions, step, areas());
  }
}
