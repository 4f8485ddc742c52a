package dk.kk.naboskab.audit;

import dk.kk.naboskab.shared.Published;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends to and reads the access and change log. */
@Published("every context: record what a person did or was refused")
@Stateless
public class AuditLog {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public AuditEvent record(
      String actor, String actorRole, AuditEvent.Action action, String subject) {
    var event = new AuditEvent(clock.instant(), actor, actorRole, action, subject);
    em.persist(event);
    return event;
  }

  /**
   * Logs a refusal in a transaction of its own: the refusal rolls back the caller's, and the log of
   * it must stay.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent refused(String actor, String actorRole, String subject) {
    var event =
        new AuditEvent(
            clock.instant(),
            actor,
            actorRole,
            AuditEvent.Action.REFUSED,
            subject.length() > 200 ? subject.substring(0, 200) : subject);
    em.persist(event);
    return event;
  }

  /** The newest events by one person, newest first. */
  public List<AuditEvent> latestBy(String actor, int max) {
    return em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class)
        .setParameter("actor", actor)
        .setMaxResults(max)
        .getResultList();
  }
}
