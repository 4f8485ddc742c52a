package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.shared.Published;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The retention policy's part in the concerns (ADR 25): a concern resolved long enough ago loses
 * its words — description, place, the filer's name and address, the timeline's texts and names, the
 * routing's reasons — and its files; what the figures count (when, which category, urgency, unit,
 * association, outcome, the clocks) stays, so the figures read the same after. A concern not
 * resolved is never touched.
 */
@Published("retention: what of the concerns is due, and doing it")
@Stateless
public class ConcernErasure {
  /** The name that stands where a person's name was. */
  public static final String ANONYMOUS = "anonymiseret";

  @PersistenceContext EntityManager em;

  /** How many are due and the oldest of them, for the dry run. */
  public record Due(long count, Instant oldest) {}

  /** Concerns resolved before {@code cutoff} and not yet anonymised. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public Due concernsDue(Instant cutoff) {
    return due(
        "select count(*), min(resolved_at) from concern where anonymised_at is null"
            + " and resolved_at < ? and status in ('RESOLVED', 'CLOSED')",
        cutoff);
  }

  /** Files of concerns resolved before {@code cutoff}. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public Due attachmentsDue(Instant cutoff) {
    return due(
        "select count(*), min(c.resolved_at) from concern_attachment a"
            + " join concern c on c.id = a.concern_id"
            + " where c.resolved_at < ? and c.status in ('RESOLVED', 'CLOSED')",
        cutoff);
  }

  private Due due(String sql, Instant cutoff) {
    var row =
        (Object[])
            em.createNativeQuery(sql)
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .getSingleResult();
    var oldest = row[1] == null ? null : toInstant(row[1]);
    return new Due(((Number) row[0]).longValue(), oldest);
  }

  private static Instant toInstant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
  }

  /** Deletes the files of concerns resolved before {@code cutoff}; how many. */
  public int deleteAttachments(Instant cutoff) {
    return em.createNativeQuery(
            "delete a from concern_attachment a join concern c on c.id = a.concern_id"
                + " where c.resolved_at < ? and c.status in ('RESOLVED', 'CLOSED')")
        .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Blanks the personal data of concerns resolved before {@code cutoff}; how many. */
  public int anonymise(Instant cutoff, Instant now) {
    var at = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from concern where anonymised_at is null and resolved_at < ?"
                    + " and status in ('RESOLVED', 'CLOSED') for update")
            .setParameter(1, at)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    var list =
        ids.stream()
            .map(n -> String.valueOf(n.longValue()))
            .collect(java.util.stream.Collectors.joining(","));
    em.createNativeQuery(
            "update concern_event set text = null, actor_name = ?, assignee_name = null"
                + " where concern_id in ("
                + list
                + ")")
        .setParameter(1, ANONYMOUS)
        .executeUpdate();
    em.createNativeQuery("delete from concern_attachment where concern_id in (" + list + ")")
        .executeUpdate();
    em.createNativeQuery(
            "update concern set description = ?, location = null, filed_by_name = ?,"
                + " filer_email = null, route_explanation = ?, anonymised_at = ?"
                + " where id in ("
                + list
                + ")")
        .setParameter(1, "")
        .setParameter(2, ANONYMOUS)
        .setParameter(3, "")
        .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    // The shared cache must not serve the words just blanked.
    em.getEntityManagerFactory().getCache().evict(dk.kk.naboskab.concern.domain.Concern.class);
    em.getEntityManagerFactory().getCache().evict(dk.kk.naboskab.concern.domain.ConcernEvent.class);
    return ids.size();
  }

  /** Of the tenants, those with a concern not yet resolved: their data must stay. */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
  public Set<Long> tenantsWithOpenConcerns(Collection<Long> tenantIds) {
    var open = new HashSet<Long>();
    if (tenantIds.isEmpty()) {
      return open;
    }
    em.createQuery(
            "select distinct c.tenantId from Concern c where c.tenantId in :ids"
                + " and c.resolvedAt is null",
            Long.class)
        .setParameter("ids", tenantIds)
        .getResultList()
        .forEach(open::add);
    return open;
  }
}
