package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A housing association's concern about a referred tenant: what happened, where it was routed and
 * why, and where it stands. Every step goes through {@link Lifecycle} and returns the timeline
 * events it writes; the concern keeps the instants the response clocks need.
 */
@Entity
@Table(name = "concern")
@NamedQuery(
    name = Concern.BY_PUBLIC_ID,
    query = "select c from Concern c where c.publicId = :publicId")
public class Concern {
  public static final String BY_PUBLIC_ID = "Concern.byPublicId";
  public static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false, length = 36)
  private String publicId;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "association_id", nullable = false, updatable = false)
  private long associationId;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private long unitId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id", updatable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Urgency urgency;

  @Column(nullable = false, updatable = false, length = MAX_TEXT)
  private String description;

  @Column(name = "happened_at", updatable = false)
  private Instant happenedAt;

  @Column(updatable = false, length = 200)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConcernStatus status;

  @Column(name = "filed_by", nullable = false, updatable = false, length = 100)
  private String filedBy;

  @Column(name = "filed_by_name", nullable = false, updatable = false, length = 120)
  private String filedByName;

  @Column(name = "filer_email", updatable = false, length = 200)
  private String filerEmail;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Column(name = "assignee_worker_id")
  private Long assigneeWorkerId;

  @Column(name = "route_explanation", nullable = false, length = 1000)
  private String routeExplanation;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "first_reply_at")
  private Instant firstReplyAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Outcome outcome;

  @Version private int version;

  protected Concern() {}

  /** What the association files; routing fills in the assignee before it is stored. */
  public record Filing(
      String publicId,
      long tenantId,
      long associationId,
      long unitId,
      Category category,
      Urgency urgency,
      String description,
      Instant happenedAt,
      String location,
      String filerEmail) {}

  /**
   * A filed concern, routed to a worker (or to the unit's team when {@code assigneeWorkerId} is
   * null), with the reason in words.
   */
  public Concern(
      Filing filing, Actor filedBy, Instant at, Long assigneeWorkerId, String routeExplanation) {
    if (!filing.category().isActive()) {
      throw new RuleViolation("category", "concern.category.retired");
    }
    this.publicId = Objects.requireNonNull(filing.publicId());
    this.tenantId = filing.tenantId();
    this.associationId = filing.associationId();
    this.unitId = filing.unitId();
    this.category = filing.category();
    this.urgency = Objects.requireNonNull(filing.urgency());
    this.description = requireText(filing.description(), "description");
    this.happenedAt = filing.happenedAt();
    this.location = filing.location();
    this.status = ConcernStatus.NEW;
    this.filedBy = filedBy.username();
    this.filedByName = filedBy.name();
    this.filerEmail = filing.filerEmail();
    this.filedAt = at;
    this.assigneeWorkerId = assigneeWorkerId;
    this.routeExplanation = routeExplanation;
  }

  /** The events of filing, once the concern has its id. */
  public List<ConcernEvent> filingEvents(String assigneeName) {
    var events = new ArrayList<ConcernEvent>();
    events.add(
        event(filedAt, new Actor(filedBy, filedByName), ConcernEvent.Kind.FILED, description));
    events.add(
        new ConcernEvent(
            id,
            filedAt,
            "naboskab",
            "Naboskab",
            ConcernEvent.Kind.ROUTED,
            routeExplanation,
            assigneeName,
            null));
    if (urgency == Urgency.ACUTE) {
      events.add(
          event(filedAt, new Actor("naboskab", "Naboskab"), ConcernEvent.Kind.TEAM_ALERTED, null));
    }
    return events;
  }

  /**
   * Takes a step with a text (a reply, a note, a request, the association's answer, a reopening's
   * reason) or without one (acknowledge, confirm).
   *
   * @throws StepRefused when the status does not allow the step
   * @throws RuleViolation on {@code text} when a step that needs words has none or too many
   */
  public List<ConcernEvent> take(Step step, Actor actor, String text, Instant at) {
    if (step == Step.RESOLVE || step == Step.HAND_OVER) {
      throw new IllegalArgumentException("use resolve() or handOver() for " + step);
    }
    var next = Lifecycle.after(status, step, resolvedAt, at);
    var events = new ArrayList<ConcernEvent>();
    if (step != Step.ACKNOWLEDGE && step != Step.CONFIRM) {
      text = requireText(text, "text");
    }
    if (step.side() == Step.Side.MUNICIPALITY && step != Step.NOTE && acknowledgedAt == null) {
      acknowledgedAt = at;
      events.add(event(at, actor, ConcernEvent.Kind.ACKNOWLEDGED, null));
      if (step == Step.ACKNOWLEDGE) {
        status = next;
        return events;
      }
    } else if (step == Step.ACKNOWLEDGE) {
      events.add(event(at, actor, ConcernEvent.Kind.ACKNOWLEDGED, null));
    }
    switch (step) {
      case REPLY -> {
        if (firstReplyAt == null) {
          firstReplyAt = at;
        }
        events.add(event(at, actor, ConcernEvent.Kind.REPLIED, text));
      }
      case NOTE -> events.add(event(at, actor, ConcernEvent.Kind.NOTE, text));
      case REQUEST_INFO -> {
        if (firstReplyAt == null) {
          firstReplyAt = at;
        }
        events.add(event(at, actor, ConcernEvent.Kind.INFO_REQUESTED, text));
      }
      case PROVIDE_INFO -> events.add(event(at, actor, ConcernEvent.Kind.INFO_PROVIDED, text));
      case CONFIRM -> events.add(event(at, actor, ConcernEvent.Kind.CONFIRMED, null));
      case REOPEN -> {
        resolvedAt = null;
        outcome = null;
        events.add(event(at, actor, ConcernEvent.Kind.REOPENED, text));
      }
      default -> {}
    }
    status = next;
    return events;
  }

  /**
   * Resolves the concern with an outcome and words for the association.
   *
   * @throws StepRefused when the status does not allow it
   */
  public List<ConcernEvent> resolve(Outcome outcome, String text, Actor actor, Instant at) {
    var next = Lifecycle.after(status, Step.RESOLVE, resolvedAt, at);
    text = requireText(text, "text");
    var events = new ArrayList<ConcernEvent>();
    if (acknowledgedAt == null) {
      acknowledgedAt = at;
      events.add(event(at, actor, ConcernEvent.Kind.ACKNOWLEDGED, null));
    }
    if (firstReplyAt == null) {
      firstReplyAt = at;
    }
    this.outcome = Objects.requireNonNull(outcome);
    this.resolvedAt = at;
    this.status = next;
    events.add(
        new ConcernEvent(
            id,
            at,
            actor.username(),
            actor.name(),
            ConcernEvent.Kind.RESOLVED,
            text,
            null,
            outcome));
    return events;
  }

  /**
   * Hands the concern over to another worker, or to the team when {@code workerId} is null.
   *
   * @throws RuleViolation on {@code text} without a reason, on {@code assignee} for the same one
   */
  public ConcernEvent handOver(
      Long workerId, String assigneeName, String reason, Actor actor, Instant at) {
    Lifecycle.after(status, Step.HAND_OVER, resolvedAt, at);
    reason = requireText(reason, "text");
    if (Objects.equals(workerId, assigneeWorkerId)) {
      throw new RuleViolation("assignee", "concern.handOverToSame");
    }
    assigneeWorkerId = workerId;
    return new ConcernEvent(
        id,
        at,
        actor.username(),
        actor.name(),
        ConcernEvent.Kind.HANDED_OVER,
        reason,
        assigneeName,
        null);
  }

  private ConcernEvent event(Instant at, Actor actor, ConcernEvent.Kind kind, String text) {
    return new ConcernEvent(id, at, actor.username(), actor.name(), kind, text, null, null);
  }

  private static String requireText(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new RuleViolation(field, "concern.text.required");
    }
    if (text.length() > MAX_TEXT) {
      throw new RuleViolation(field, "concern.text.size", MAX_TEXT);
    }
    return text.strip();
  }

  /** The status as people should see it at this instant (a resolution past 14 days is closed). */
  public ConcernStatus statusAt(Instant now) {
    return Lifecycle.effective(status, resolvedAt, now);
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public long getTenantId() {
    return tenantId;
  }

  public long getAssociationId() {
    return associationId;
  }

  public long getUnitId() {
    return unitId;
  }

  public Category getCategory() {
    return category;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public String getDescription() {
    return description;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public String getLocation() {
    return location;
  }

  public ConcernStatus getStatus() {
    return status;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public String getFiledByName() {
    return filedByName;
  }

  /** Where the association's updates are mailed, or null when Keycloak knew no address. */
  public String getFilerEmail() {
    return filerEmail;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public Long getAssigneeWorkerId() {
    return assigneeWorkerId;
  }

  public String getRouteExplanation() {
    return routeExplanation;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getFirstReplyAt() {
    return firstReplyAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getVersion() {
    return version;
  }
}
