package dk.kk.naboskab.concern.domain;

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
 * One line of a concern's timeline: who did what, when. Written once, never changed. Whether the
 * association may see it is decided when it is written, by its kind: internal notes, hand-overs and
 * team alerts never.
 */
@Entity
@Table(name = "concern_event")
@NamedQuery(
    name = ConcernEvent.OF_CONCERN,
    query = "select e from ConcernEvent e where e.concernId = :concern order by e.occurredAt, e.id")
public class ConcernEvent {
  public static final String OF_CONCERN = "ConcernEvent.ofConcern";

  /** What happened. */
  public enum Kind {
    FILED(true),
    ROUTED(false),
    TEAM_ALERTED(false),
    ACKNOWLEDGED(true),
    REPLIED(true),
    NOTE(false),
    INFO_REQUESTED(true),
    INFO_PROVIDED(true),
    HANDED_OVER(false),
    RESOLVED(true),
    CONFIRMED(true),
    REOPENED(true);

    private final boolean visibleToAssociation;

    Kind(boolean visibleToAssociation) {
      this.visibleToAssociation = visibleToAssociation;
    }

    public boolean isVisibleToAssociation() {
      return visibleToAssociation;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "concern_id", nullable = false, updatable = false)
  private Long concernId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 120)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(updatable = false, length = 4000)
  private String text;

  @Column(name = "visible_to_association", nullable = false, updatable = false)
  private boolean visibleToAssociation;

  @Column(name = "assignee_name", updatable = false, length = 120)
  private String assigneeName;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 30)
  private Outcome outcome;

  protected ConcernEvent() {}

  ConcernEvent(
      Long concernId,
      Instant occurredAt,
      String actor,
      String actorName,
      Kind kind,
      String text,
      String assigneeName,
      Outcome outcome) {
    this.concernId = concernId;
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.actorName = Objects.requireNonNull(actorName);
    this.kind = Objects.requireNonNull(kind);
    this.text = text;
    this.visibleToAssociation = kind.isVisibleToAssociation();
    this.assigneeName = assigneeName;
    this.outcome = outcome;
  }

  public Long getId() {
    return id;
  }

  public Long getConcernId() {
    return concernId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public Kind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public boolean isVisibleToAssociation() {
    return visibleToAssociation;
  }

  public String getAssigneeName() {
    return assigneeName;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
