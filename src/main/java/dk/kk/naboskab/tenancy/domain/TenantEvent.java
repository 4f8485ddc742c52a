package dk.kk.naboskab.tenancy.domain;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a tenant's history: who changed what, when. Written once, never changed. Holds names
 * and days as they were at the time, so the history still reads right after a worker leaves.
 */
@Entity
@Table(name = "tenant_event")
@NamedQuery(
    name = TenantEvent.OF_TENANT,
    query =
        "select e from TenantEvent e where e.tenantId = :tenant order by e.occurredAt desc, e.id desc")
public class TenantEvent implements java.io.Serializable {
  public static final String OF_TENANT = "TenantEvent.ofTenant";

  /** What happened to the tenant. */
  public enum Kind {
    REGISTERED,
    CORRECTED,
    ASSIGNED,
    HANDED_OVER,
    ASSIGNMENT_ENDED,
    TENANCY_ENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Column(name = "worker_name", updatable = false, length = 120)
  private String workerName;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private WorkerType role;

  @Column(updatable = false)
  private LocalDate day;

  @Column(name = "other_name", updatable = false, length = 120)
  private String otherName;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 30)
  private TenancyEndReason reason;

  protected TenantEvent() {}

  private TenantEvent(long tenantId, Instant occurredAt, String actor, Kind kind) {
    this.tenantId = tenantId;
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.kind = kind;
  }

  public static TenantEvent registered(Tenant tenant, Instant at, String actor) {
    var event = new TenantEvent(tenant.getId(), at, actor, Kind.REGISTERED);
    event.day = tenant.getMoveInDate();
    return event;
  }

  public static TenantEvent corrected(Tenant tenant, Instant at, String actor) {
    return new TenantEvent(tenant.getId(), at, actor, Kind.CORRECTED);
  }

  public static TenantEvent assigned(SupportAssignment assignment, Instant at, String actor) {
    var event = new TenantEvent(assignment.getTenant().getId(), at, actor, Kind.ASSIGNED);
    event.workerName = assignment.getWorker().getName();
    event.role = assignment.getRole();
    event.day = assignment.getPeriod().from();
    return event;
  }

  public static TenantEvent handedOver(
      SupportAssignment from, SupportAssignment to, Instant at, String actor) {
    var event = new TenantEvent(to.getTenant().getId(), at, actor, Kind.HANDED_OVER);
    event.workerName = to.getWorker().getName();
    event.otherName = from.getWorker().getName();
    event.role = to.getRole();
    event.day = to.getPeriod().from();
    return event;
  }

  public static TenantEvent assignmentEnded(
      SupportAssignment assignment, Instant at, String actor) {
    var event = new TenantEvent(assignment.getTenant().getId(), at, actor, Kind.ASSIGNMENT_ENDED);
    event.workerName = assignment.getWorker().getName();
    event.role = assignment.getRole();
    event.day = assignment.getPeriod().until();
    return event;
  }

  public static TenantEvent tenancyEnded(Tenant tenant, Instant at, String actor) {
    var event = new TenantEvent(tenant.getId(), at, actor, Kind.TENANCY_ENDED);
    event.day = tenant.getTenancyEndDate().orElseThrow();
    event.reason = tenant.getTenancyEndReason().orElseThrow();
    return event;
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Kind getKind() {
    return kind;
  }

  public String getWorkerName() {
    return workerName;
  }

  public WorkerType getRole() {
    return role;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getOtherName() {
    return otherName;
  }

  public TenancyEndReason getReason() {
    return reason;
  }
}
