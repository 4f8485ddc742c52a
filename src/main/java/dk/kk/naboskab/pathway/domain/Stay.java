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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen's stay at a shelter, from intake to move-out: who, where, the responsible case worker
 * and the shelter's housing advisor, and where the stay is on the pathway ({@link StayStatus}). The
 * CPR number is held as the register holds it: encrypted and bound to the stay, with a blind index
 * that lets the database refuse a second open stay for the same person.
 */
@Entity
@Table(name = "stay")
@NamedQuery(
    name = Stay.OPEN_BY_CPR_INDEX,
    query = "select s from Stay s where s.cprIndex in :indexes and s.endedOn is null")
public class Stay {
  public static final String OPEN_BY_CPR_INDEX = "Stay.openByCprIndex";

  /** What a stay's CPR column holds between its insert and the encryption bound to its id. */
  public static final String PENDING = "pending";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "shelter_id")
  private Shelter shelter;

  @Column(name = "first_name", nullable = false, length = 80)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 80)
  private String lastName;

  @Column(name = "cpr_encrypted", nullable = false, length = 100)
  private String cprEncrypted;

  @Column(name = "cpr_index", nullable = false, length = 64)
  private String cprIndex;

  @Column(name = "intake_date", nullable = false)
  private LocalDate intakeDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_worker_id")
  private CaseWorker caseWorker;

  @Column(name = "housing_advisor_id")
  private Long housingAdvisorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private StayStatus status;

  @Column(name = "clarified_on")
  private LocalDate clarifiedOn;

  @Column(name = "recommended_on")
  private LocalDate recommendedOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Support support;

  @Column(length = 4000)
  private String justification;

  @Column(name = "recommended_by", length = 100)
  private String recommendedBy;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "returned_by", length = 100)
  private String returnedBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "return_reason", length = 2000)
  private String returnReason;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "tenant_id")
  private Long tenantId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Version private int version;

  protected Stay() {}

  /**
   * An intake. The CPR number's ciphertext is bound to the stay's id, so it is stored once the id
   * exists ({@link #encryptedCpr}); the index is known at once and keeps one open stay per person.
   *
   * @throws RuleViolation on {@code intakeDate} after {@code today}
   */
  public Stay(
      Shelter shelter,
      String firstName,
      String lastName,
      String cprIndex,
      LocalDate intakeDate,
      CaseWorker caseWorker,
      Long housingAdvisorId,
      LocalDate today,
      Instant createdAt,
      String createdBy) {
    if (intakeDate.isAfter(today)) {
      throw new RuleViolation("intakeDate", "stay.intake.future");
    }
    this.shelter = Objects.requireNonNull(shelter);
    this.firstName = firstName.trim();
    this.lastName = lastName.trim();
    this.cprEncrypted = PENDING;
    this.cprIndex = Objects.requireNonNull(cprIndex);
    this.intakeDate = intakeDate;
    this.caseWorker = caseWorker;
    this.housingAdvisorId = housingAdvisorId;
    this.status = StayStatus.STAYING;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** Stores the number encrypted and bound to this stay, with its index. */
  public void encryptedCpr(String cprEncrypted, String cprIndex) {
    this.cprEncrypted = Objects.requireNonNull(cprEncrypted);
    this.cprIndex = Objects.requireNonNull(cprIndex);
  }

  /**
   * The shelter documents only while the stay is open.
   *
   * @throws RuleViolation on {@code stay} once the citizen has moved out
   */
  public void requireOpen() {
    if (!status.isOpen()) {
      throw new RuleViolation("stay", "stay.closed");
    }
  }

  /**
   * The case worker's assessment is done.
   *
   * @throws RuleViolation on {@code clarifiedOn} for a day before intake or after today, or when
   *     the stay is past clarification
   */
  public void clarify(LocalDate day, LocalDate today) {
    move(StayStatus.CLARIFIED, "clarifiedOn");
    requireWithinStay(day, today, "clarifiedOn");
    clarifiedOn = day;
    status = StayStatus.CLARIFIED;
  }

  /**
   * The case worker's recommendation: own home with a support track, or another housing offer.
   *
   * @throws RuleViolation on {@code justification} when it is blank, on {@code support} when own
   *     home lacks a track or another offer names one, on {@code recommendedOn} for a day outside
   *     the stay, on {@code outcome} when the stay cannot be recommended now
   */
  public void recommend(
      Outcome outcome,
      Support support,
      String justification,
      LocalDate day,
      String by,
      LocalDate today) {
    move(StayStatus.RECOMMENDED, "outcome");
    Objects.requireNonNull(outcome);
    if (justification == null || justification.isBlank()) {
      throw new RuleViolation("justification", "stay.justification.required");
    }
    if (outcome == Outcome.OWN_HOME && support == null) {
      throw new RuleViolation("support", "stay.support.required");
    }
    if (outcome != Outcome.OWN_HOME && support != null) {
      throw new RuleViolation("support", "stay.support.onlyOwnHome");
    }
    requireWithinStay(day, today, "recommendedOn");
    this.outcome = outcome;
    this.support = support;
    this.justification = justification.trim();
    this.recommendedOn = day;
    this.recommendedBy = by;
    this.status = StayStatus.RECOMMENDED;
    // A recommendation sent back before is answered by this one.
    this.returnedBy = null;
    this.returnedAt = null;
    this.returnReason = null;
  }

  /**
   * A second case worker approves the recommendation (where the setting asks for it).
   *
   * @throws RuleViolation on {@code approval} without a recommendation, by its own author, or twice
   */
  public void approve(String by, Instant at) {
    requireAwaitingApproval(by);
    approvedBy = by;
    approvedAt = at;
  }

  /**
   * The second case worker does not approve: the recommendation is cleared and the stay is as it
   * was before it (clarified, if it was), with who sent it back, when and why until the next
   * recommendation answers it.
   *
   * @throws RuleViolation on {@code returnReason} when blank or longer than 2 000 characters, on
   *     {@code approval} as {@link #approve}
   */
  public void sendBack(String by, String reason, Instant at) {
    requireAwaitingApproval(by);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("returnReason", "stay.return.reasonRequired");
    }
    if (reason.trim().length() > 2000) {
      throw new RuleViolation("returnReason", "stay.return.reasonTooLong");
    }
    outcome = null;
    support = null;
    justification = null;
    recommendedOn = null;
    recommendedBy = null;
    status = clarifiedOn != null ? StayStatus.CLARIFIED : StayStatus.STAYING;
    returnedBy = by;
    returnedAt = at;
    returnReason = reason.trim();
  }

  /**
   * Whether the citizen waits for a flat: recommended for their own home, not yet in the register,
   * and approved by a second case worker where {@code approvalRequired}.
   */
  public boolean waitsForFlat(boolean approvalRequired) {
    return status == StayStatus.RECOMMENDED
        && outcome == Outcome.OWN_HOME
        && tenantId == null
        && (!approvalRequired || approvedBy != null);
  }

  /** Whether a recommendation waits for a second case worker (where the setting asks for one). */
  public boolean awaitsApproval() {
    return status == StayStatus.RECOMMENDED && approvedBy == null && tenantId == null;
  }

  private void requireAwaitingApproval(String by) {
    if (!awaitsApproval()) {
      throw new RuleViolation(
          "approval",
          status == StayStatus.RECOMMENDED
              ? "stay.approval.already"
              : "stay.approval.notRecommended");
    }
    if (by.equals(recommendedBy)) {
      throw new RuleViolation("approval", "stay.approval.ownRecommendation");
    }
  }

  /**
   * A case worker takes the case: they become the stay's responsible case worker, in place of the
   * one before, if any.
   *
   * @throws RuleViolation on {@code stay} once the citizen has moved out, on {@code caseWorker}
   *     when the case is already theirs
   */
  public void takenBy(CaseWorker worker) {
    requireOpen();
    if (caseWorker != null && caseWorker.getId().equals(worker.getId())) {
      throw new RuleViolation("caseWorker", "stay.caseWorker.already");
    }
    caseWorker = worker;
  }

  /**
   * The citizen moves out.
   *
   * @throws RuleViolation on {@code endedOn} for a day before intake or after today, or when the
   *     stay has already ended
   */
  public void moveOut(LocalDate day, LocalDate today) {
    move(StayStatus.MOVED_OUT, "endedOn");
    requireWithinStay(day, today, "endedOn");
    endedOn = day;
    status = StayStatus.MOVED_OUT;
  }

  /**
   * The case worker who first acts on a stay recorded without one (a shelter's intake) becomes its
   * responsible case worker.
   */
  public void actedOnBy(CaseWorker worker) {
    if (caseWorker == null) {
      caseWorker = worker;
    }
  }

  /** The referred tenant the stay became: the pathway's one link into the register. */
  public void becameTenant(long tenantId) {
    if (this.tenantId != null) {
      throw new RuleViolation("stay", "stay.alreadyTenant");
    }
    this.tenantId = tenantId;
  }

  private void move(StayStatus next, String field) {
    if (!status.mayBecome(next)) {
      throw new RuleViolation(field, "stay.status.cannot", status.name(), next.name());
    }
  }

  private void requireWithinStay(LocalDate day, LocalDate today, String field) {
    if (day == null) {
      throw new RuleViolation(field, "stay.date.required");
    }
    if (day.isAfter(today)) {
      throw new RuleViolation(field, "stay.date.future");
    }
    if (day.isBefore(intakeDate)) {
      throw new RuleViolation(field, "stay.date.beforeIntake");
    }
  }

  /** The counter on the stay, on {@code today} with the configured target. */
  public Clarification clarification(LocalDate today, int targetDays) {
    return Clarification.of(intakeDate, recommendedOn, endedOn, today, targetDays);
  }

  public Long getId() {
    return id;
  }

  public Shelter getShelter() {
    return shelter;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getName() {
    return firstName + " " + lastName;
  }

  public String getCprEncrypted() {
    return cprEncrypted;
  }

  public String getCprIndex() {
    return cprIndex;
  }

  public LocalDate getIntakeDate() {
    return intakeDate;
  }

  public CaseWorker getCaseWorker() {
    return caseWorker;
  }

  public Long getHousingAdvisorId() {
    return housingAdvisorId;
  }

  public StayStatus getStatus() {
    return status;
  }

  public LocalDate getClarifiedOn() {
    return clarifiedOn;
  }

  public LocalDate getRecommendedOn() {
    return recommendedOn;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Support getSupport() {
    return support;
  }

  public String getJustification() {
    return justification;
  }

  public String getRecommendedBy() {
    return recommendedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public int getVersion() {
    return version;
  }
}
