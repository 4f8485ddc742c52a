package dk.kk.naboskab.pathway.domain;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the shelter's staff observed about a resident on a day, under a VUM theme and rated on the
 * assessment scale; when it answers a documentation request, it cites it. Never changed once
 * recorded: a later observation adds to it.
 */
@Entity
@Table(name = "observation")
public class Observation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "stay_id", updatable = false)
  private Stay stay;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "theme_id", updatable = false)
  private VumTheme theme;

  @Column(name = "observed_on", nullable = false, updatable = false)
  private LocalDate observedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Rating rating;

  @Column(nullable = false, updatable = false, length = 4000)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", updatable = false)
  private DocumentationRequest request;

  /** The request's id, read without loading the request. */
  @Column(name = "request_id", insertable = false, updatable = false)
  private Long requestId;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
  private String recordedBy;

  protected Observation() {}

  /**
   * @param request the documentation request it answers, or null
   * @throws RuleViolation on {@code stay} when the stay has ended, on {@code observedOn} for a day
   *     before intake or after today, on {@code request} for another stay's request
   */
  public Observation(
      Stay stay,
      VumTheme theme,
      LocalDate observedOn,
      Rating rating,
      String text,
      DocumentationRequest request,
      LocalDate today,
      Instant recordedAt,
      String recordedBy) {
    stay.requireOpen();
    if (observedOn.isAfter(today)) {
      throw new RuleViolation("observedOn", "stay.date.future");
    }
    if (observedOn.isBefore(stay.getIntakeDate())) {
      throw new RuleViolation("observedOn", "stay.date.beforeIntake");
    }
    if (request != null && !request.getStay().getId().equals(stay.getId())) {
      throw new RuleViolation("request", "observation.request.otherStay");
    }
    this.stay = stay;
    this.theme = theme;
    this.observedOn = observedOn;
    this.rating = rating;
    this.text = text.trim();
    this.request = request;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    if (request != null) {
      request.answeredBy(this);
    }
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

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public Rating getRating() {
    return rating;
  }

  public String getText() {
    return text;
  }

  public DocumentationRequest getRequest() {
    return request;
  }

  /** The id of the request it answers, or null. */
  public Long getRequestId() {
    // The column first: asking the lazy relation would load the request.
    return requestId != null ? requestId : (request == null ? null : request.getId());
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
