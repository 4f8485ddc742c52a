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
import java.time.LocalDate;

/**
 * A resident on a review's agenda: the short note and the agreed next step, its owner and due date.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id", updatable = false)
  private ReviewMeeting meeting;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "stay_id", updatable = false)
  private Stay stay;

  @Column(name = "stay_id", insertable = false, updatable = false)
  private Long stayId;

  @Column(nullable = false)
  private int position;

  @Column(length = 2000)
  private String note;

  @Column(name = "next_step", length = 500)
  private String nextStep;

  @Column(name = "step_owner", length = 120)
  private String stepOwner;

  @Column(name = "step_due")
  private LocalDate stepDue;

  @Column(name = "added_by", nullable = false, updatable = false, length = 100)
  private String addedBy;

  protected ReviewItem() {}

  public ReviewItem(ReviewMeeting meeting, Stay stay, int position, String addedBy) {
    this.meeting = meeting;
    this.stay = stay;
    this.position = position;
    this.addedBy = addedBy;
  }

  /**
   * The meeting's word on the resident.
   *
   * @throws RuleViolation on {@code stepDue} for a next step due before the meeting's week
   */
  public void write(String note, String nextStep, String owner, LocalDate due) {
    if (due != null && due.isBefore(meeting.getWeekOf())) {
      throw new RuleViolation("stepDue", "review.stepDue.past");
    }
    this.note = blank(note);
    this.nextStep = blank(nextStep);
    this.stepOwner = blank(owner);
    this.stepDue = due;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public Stay getStay() {
    return stay;
  }

  /** The resident's stay id, read without loading the stay. */
  public Long getStayId() {
    return stayId != null ? stayId : stay.getId();
  }

  public String getNote() {
    return note;
  }

  public String getNextStep() {
    return nextStep;
  }

  public String getStepOwner() {
    return stepOwner;
  }

  public LocalDate getStepDue() {
    return stepDue;
  }
}
