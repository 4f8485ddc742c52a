package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.Tenant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The retention policy's part in the register (ADR 25): a tenant whose tenancy ended long enough
 * ago loses name, CPR number, phone and address; what the figures count — department, dates, track,
 * consent, assignments — stays. A tenant still housed, or with a concern not yet resolved, is never
 * touched.
 */
@Published("retention: which tenants are due, and doing it")
@Stateless
public class TenantErasure {
  @PersistenceContext EntityManager em;

  /** The tenants whose tenancy ended before {@code day} and who are not yet anonymised. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public List<Long> due(LocalDate day) {
    return em.createQuery(
            "select t.id from Tenant t where t.anonymisedAt is null"
                + " and t.tenancyEndDate is not null and t.tenancyEndDate < :day order by t.id",
            Long.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** The earliest end of those tenancies, for the dry run. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public LocalDate oldestEnd(List<Long> tenantIds) {
    if (tenantIds.isEmpty()) {
      return null;
    }
    return em.createQuery(
            "select min(t.tenancyEndDate) from Tenant t where t.id in :ids", LocalDate.class)
        .setParameter("ids", tenantIds)
        .getSingleResult();
  }

  /** Blanks the personal data of these tenants, except those kept; how many. */
  public int anonymise(List<Long> tenantIds, Set<Long> kept, Instant now) {
    var count = 0;
    for (var id : tenantIds) {
      if (kept.contains(id)) {
        continue;
      }
      var updated =
          em.createNativeQuery(
                  "update tenant set first_name = ?, last_name = ?, phone = null, address = ?,"
                      + " cpr_encrypted = ?, cpr_index = ?, anonymised_at = ?"
                      + " where id = ? and anonymised_at is null")
              .setParameter(1, "Anonymiseret")
              .setParameter(2, "borger")
              .setParameter(3, "")
              .setParameter(4, "anonymised")
              // The blind index must stay unique and must match no CPR number.
              .setParameter(5, String.format("%064x", id))
              .setParameter(6, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
              .setParameter(7, id)
              .executeUpdate();
      count += updated;
    }
    em.getEntityManagerFactory().getCache().evict(Tenant.class);
    return count;
  }
}
