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

  /** Each unit's flats, home-support citizens and positions today. */
  public List<PositionSplit.Area> areas() {
    currentUser.require(Role.COORDINATOR, Role.ANALYST);
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    // What it counts: per unit, the social-housing flats of the departments in its districts, the
    // referred tenants its home-support workers are assigned to today who still live in their
    // home, and its active home-support workers' positions.
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
                  (select coalesce(sum(w.fte), 0)
                   from worker w
                   where w.unit_id = u.id and w.worker_type = 'HOME_SUPPORT' and w.active)
                from unit u
                order by u.name""")
            .setParameter(1, Date.valueOf(today))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PositionSplit.Area(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    new BigDecimal(r[4].toString())))
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
