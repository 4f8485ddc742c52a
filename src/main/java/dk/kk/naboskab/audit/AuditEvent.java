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

/**
 * One line of the read log: who read or did what, about whom, through which page, with what
 * outcome. Written once with a single INSERT ({@link AuditLog}), never changed: the portal's
 * database user may not UPDATE or DELETE the table, and the hash chain (ADR 22) shows any change
 * made around it.
 */
@Published("every context: the audit row and its actions")
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.BY_ACTOR,
    query =
        "select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = AuditEvent.OF_TENANT,
    query = "select e from AuditEvent e where e.tenantId = :tenant order by e.occurredAt, e.id")
public class AuditEvent implements java.io.Serializable {
  public static final String BY_ACTOR = "AuditEvent.byActor";
  public static final String OF_TENANT = "AuditEvent.ofTenant";

  /** What happened. */
  public enum Action {
    SIGN_IN,
    /** A municipal user read a tenant's CPR number. */
    READ_CPR,
    /** Someone was refused what they asked for (subject: what, and the scope they had). */
    REFUSED,
    /** A tenant's page: register data, assignments, contact person. */
    READ_TENANT,
    /** A concern's page: the concern, its timeline and the tenant it is about. */
    READ_CONCERN,
    /** A file attached to a concern. */
    READ_ATTACHMENT,
    /** A search by CPR number: the tenant found, or none ({@link Outcome#NONE}). */
    SEARCH_CPR,
    /** A download that contains tenants. */
    EXPORT,
    /** Everything the portal holds about a tenant, handed out at the tenant's request. */
    DISCLOSURE,
    /** A shelter resident's page on the pathway (subject: the stay). */
    READ_STAY
  }

  /** What came of it. */
  public enum Outcome {
    /** The data was shown or handed out. */
    SHOWN,
    /** A search that found nothing. */
    NONE,
    /** Refused. */
    REFUSED,
    /** An act without data in it (a sign-in). */
    DONE
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

  @Column(name = "actor_unit", updatable = false, length = 100)
  private String actorUnit;

  @Column(updatable = false, length = 40)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Outcome outcome;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "concern_id", updatable = false)
  private Long concernId;

  @Column(name = "attachment_id", updatable = false)
  private Long attachmentId;

  protected AuditEvent() {}

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

  /** The association or unit code of the person who acted. */
  public String getActorUnit() {
    return actorUnit;
  }

  /** The page or use case the act served, in Danish ("borgerside", "indbakke"). */
  public String getPurpose() {
    return purpose;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public Long getConcernId() {
    return concernId;
  }

  public Long getAttachmentId() {
    return attachmentId;
  }
}
