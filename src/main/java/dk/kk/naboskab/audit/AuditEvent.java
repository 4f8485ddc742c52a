package dk.kk.naboskab.audit;

import dk.kk.naboskab.shared.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the access and change log. Written once, never changed: the class has no setters and
 * the table grants no update in the migration's intent.
 */
@Published("every context: the audit row and its actions")
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.BY_ACTOR,
    query =
        "select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc, e.id desc")
public class AuditEvent {
  public static final String BY_ACTOR = "AuditEvent.byActor";

  /** What happened. Later contexts add their own acts (reading a tenant, changing a concern). */
  public enum Action {
    SIGN_IN,
    /** A municipal user read a tenant's CPR number (subject: the tenant). */
    READ_CPR,
    /** Someone was refused what they asked for (subject: what, and the scope they had). */
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "actor_role", updatable = false, length = 40)
  private String actorRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private Action action;

  @Column(updatable = false, length = 200)
  private String subject;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt, String actor, String actorRole, Action action, String subject) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.actorRole = actorRole;
    this.action = Objects.requireNonNull(action, "action");
    this.subject = subject;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorRole() {
    return actorRole;
  }

  public Action getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }
}
