package dk.kk.naboskab.pathway.domain;

import dk.kk.naboskab.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The case worker asks the shelter to document something more closely — "vi bygger oven på
 * hinanden": a theme, a question, a due date. The shelter answers with observations that cite it.
 */
@Entity
@Table(name = "documentation_request")
public class DocumentationRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "stay_id")
  private Stay stay;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id")
  private VumTheme theme;

  @Column(nullable = false, length = 2000)
  private String question;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "asked_by", nullable = false, updatable = false, length = 100)
  private String askedBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private int version;

  protected DocumentationRequest() {}

  /**
   * @throws RuleViolation on {@code dueOn} in the past, on {@code stay} when it has ended
   */
  public DocumentationRequest(
      Stay stay,
      VumTheme theme,
      String question,
      LocalDate dueOn,
      LocalDate today,
      Instant askedAt,
      String askedBy) {
    stay.requireOpen();
    if (dueOn.isBefore(today)) {
      throw new RuleViolation("dueOn", "request.due.past");
    }
    this.stay = stay;
    this.theme = theme;
    this.question = question.trim();
    this.dueOn = dueOn;
    this.askedAt = askedAt;
    this.askedBy = askedBy;
  }

  /** The first observation citing it answers it; later ones add to the answer. */
  void answeredBy(Observation observation) {
    if (answeredAt == null) {
      answeredAt = observation.getRecordedAt();
    }
  }

  public boolean isOverdue(LocalDate today) {
    return answeredAt == null && today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  public Stay getStay() {
    return stay;
  }

  public VumTheme getTheme() {
    return theme;
  }

  public String getQuestion() {
    return question;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
