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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A shelter's weekly resident review (beboergennemgang): one per shelter and week, an agenda until
 * it is held; then the day it was held, the case worker who attended — the programme's core — and
 * who else.
 */
@Entity
@Table(name = "review_meeting")
public class ReviewMeeting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "shelter_id", updatable = false)
  private Shelter shelter;

  @Column(name = "week_of", nullable = false, updatable = false)
  private LocalDate weekOf;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_worker_id")
  private CaseWorker caseWorker;

  @Column(name = "other_attendees", length = 500)
  private String otherAttendees;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Version private int version;

  protected ReviewMeeting() {}

  /** The week's agenda at the shelter; {@code day} is any day of the week. */
  public ReviewMeeting(Shelter shelter, LocalDate day) {
    this.shelter = shelter;
    this.weekOf = mondayOf(day);
  }

  /** The Monday of the day's week: the week a review belongs to. */
  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Records the meeting as held.
   *
   * @param attended the case worker who took part, or null when none did
   * @throws RuleViolation on {@code heldOn} when missing, in the future or outside the week
   */
  public void held(LocalDate day, CaseWorker attended, String others, String by, LocalDate today) {
    if (day == null) {
      throw new RuleViolation("heldOn", "stay.date.required");
    }
    if (day.isAfter(today)) {
      throw new RuleViolation("heldOn", "review.heldOn.future");
    }
    if (!mondayOf(day).equals(weekOf)) {
      throw new RuleViolation("heldOn", "review.heldOn.otherWeek");
    }
    this.heldOn = day;
    this.caseWorker = attended;
    this.otherAttendees = others == null || others.isBlank() ? null : others.trim();
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Shelter getShelter() {
    return shelter;
  }

  public LocalDate getWeekOf() {
    return weekOf;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public CaseWorker getCaseWorker() {
    return caseWorker;
  }

  public String getOtherAttendees() {
    return otherAttendees;
  }

  public int getVersion() {
    return version;
  }
}
