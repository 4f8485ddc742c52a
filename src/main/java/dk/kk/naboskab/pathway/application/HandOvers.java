package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.pathway.domain.Outcome;
import dk.kk.naboskab.pathway.domain.Stay;
import dk.kk.naboskab.pathway.domain.StayStatus;
import dk.kk.naboskab.pathway.domain.Support;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.application.ShelterReferral;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The pathway's one step into the register (#17 part 6): a coordinator turns a citizen recommended
 * for their own home into a referred tenant — CPR number, name and track carried over, the
 * shelter's housing advisor as the first assignment from move-in — and the stay keeps the link
 * (visible to the municipality only). The queue shows coordinators what waits for a flat: who,
 * which shelter, since when, which support — never the shelter's observations.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class HandOvers {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject CprCipher cprCipher;
  @Inject TenancyService tenancy;
  @Inject Clock clock;

  /** A citizen recommended for their own home who has no flat in the register yet. */
  public record Waiting(
      long id,
      int version,
      String name,
      String shelter,
      LocalDate recommendedOn,
      Support support,
      String caseWorker)
      implements java.io.Serializable {}

  /**
   * Coordinators: the recommended citizens waiting for a flat (approved by a second case worker
   * where the setting asks for it), longest waiting first.
   */
  public List<Waiting> waiting() {
    currentUser.require(Role.COORDINATOR);
    return em
        .createQuery(
            "select s from Stay s join fetch s.shelter left join fetch s.caseWorker"
                + " where s.status = :recommended and s.outcome = :ownHome and s.tenantId is null"
                // The same rule as Stay.waitsForFlat, in the query.
                + (Stays.approvalRequired() ? " and s.approvedBy is not null" : "")
                + " order by s.recommendedOn, s.id",
            Stay.class)
        .setParameter("recommended", StayStatus.RECOMMENDED)
        .setParameter("ownHome", Outcome.OWN_HOME)
        .getResultList()
        .stream()
        .map(
            s ->
                new Waiting(
                    s.getId(),
                    s.getVersion(),
                    s.getName(),
                    s.getShelter().getName(),
                    s.getRecommendedOn(),
                    s.getSupport(),
                    s.getCaseWorker() == null ? null : s.getCaseWorker().getName()))
        .toList();
  }

  /**
   * Turns the stay into a referred tenant in one transaction; the stay ends on the move-in day when
   * that day has come.
   *
   * @return the tenant's id
   * @throws RuleViolation on {@code stay} when it is not waiting for a flat, and on the register's
   *     own fields (department, address, move-in, consent, housing advisor)
   * @throws dk.kk.naboskab.shared.ConcurrentChange when the stay changed since the list was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long handOver(long stayId, int version, PathwayForms.HandOver form) {
    currentUser.require(Role.COORDINATOR);
    var stay = em.find(Stay.class, stayId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (stay == null || !stay.waitsForFlat(false)) {
      throw new RuleViolation("stay", "shelterHandOver.notWaiting");
    }
    if (!stay.waitsForFlat(Stays.approvalRequired())) {
      throw new RuleViolation("stay", "shelterHandOver.notApproved");
    }
    if (stay.getVersion() != version) {
      throw new dk.kk.naboskab.shared.ConcurrentChange("stay " + stayId);
    }
    var cpr = cprCipher.decrypt(stay.getCprEncrypted(), "stay", stayId);
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    var tenantId =
        tenancy.referFromShelter(
            new ShelterReferral(
                stay.getFirstName(),
                stay.getLastName(),
                cpr.digits(),
                form.departmentId(),
                form.address(),
                stay.getRecommendedOn(),
                form.moveInDate(),
                stay.getSupport() == null || stay.getSupport() == Support.NONE
                    ? null
                    : stay.getSupport().name(),
                form.housingAdvisorId(),
                form.consent(),
                form.consentDate()));
    stay.becameTenant(tenantId);
    if (!form.moveInDate().isAfter(today)) {
      stay.moveOut(form.moveInDate(), today);
    }
    return tenantId;
  }
}
