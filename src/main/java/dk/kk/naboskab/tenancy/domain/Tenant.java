package dk.kk.naboskab.tenancy.domain;

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
import java.util.Optional;

/**
 * A referred tenant (boliganvist borger): who they are, which flat they were referred to, their
 * support track and consent, and whether the tenancy has ended. The CPR number is held only
 * encrypted, with a blind index for exact search.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(
    name = Tenant.BY_CPR_INDEX,
    query = "select t from Tenant t where t.cprIndex in :indexes")
public class Tenant {
  public static final String BY_CPR_INDEX = "Tenant.byCprIndex";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "first_name", nullable = false, length = 80)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 80)
  private String lastName;

  @Column(name = "cpr_encrypted", nullable = false, length = 100)
  private String cprEncrypted;

  @Column(name = "anonymised_at", insertable = false, updatable = false)
  private Instant anonymisedAt;

  @Column(name = "cpr_index", nullable = false, length = 64)
  private String cprIndex;

  @Column(length = 30)
  private String phone;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(name = "referral_date", nullable = false)
  private LocalDate referralDate;

  @Column(name = "move_in_date", nullable = false)
  private LocalDate moveInDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "support_track", nullable = false, length = 20)
  private SupportTrack supportTrack;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Consent consent;

  @Column(name = "consent_date")
  private LocalDate consentDate;

  @Column(name = "tenancy_end_date")
  private LocalDate tenancyEndDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "tenancy_end_reason", length = 30)
  private TenancyEndReason tenancyEndReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected Tenant() {}

  /**
   * @throws RuleViolation on {@code moveInDate} when the tenant would move in before being referred
   */
  public Tenant(
      String firstName,
      String lastName,
      String cprEncrypted,
      String cprIndex,
      String phone,
      Department department,
      String address,
      LocalDate referralDate,
      LocalDate moveInDate,
      SupportTrack supportTrack,
      Consent consent,
      LocalDate consentDate,
      Instant createdAt) {
    this.cprEncrypted = Objects.requireNonNull(cprEncrypted);
    this.cprIndex = Objects.requireNonNull(cprIndex);
    this.createdAt = createdAt;
    correct(
        firstName,
        lastName,
        phone,
        department,
        address,
        referralDate,
        moveInDate,
        supportTrack,
        consent,
        consentDate);
  }

  /**
   * Ends the tenancy (moved, evicted, died, moved to special housing) on a day.
   *
   * @throws RuleViolation on {@code tenancyEndDate} before move-in, or when it has already ended
   */
  public void endTenancy(LocalDate day, TenancyEndReason reason) {
    if (tenancyEndDate != null) {
      throw new RuleViolation("tenancyEndDate", "tenant.alreadyEnded");
    }
    if (day.isBefore(moveInDate)) {
      throw new RuleViolation("tenancyEndDate", "tenant.endBeforeMoveIn");
    }
    tenancyEndDate = day;
    tenancyEndReason = Objects.requireNonNull(reason);
  }

  public boolean isHousedOn(LocalDate day) {
    return !day.isBefore(moveInDate) && (tenancyEndDate == null || day.isBefore(tenancyEndDate));
  }

  public Long getId() {
    return id;
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

  /**
   * Stores the number encrypted anew and its index — at registration, once the tenant has the id
   * the ciphertext is bound to, and when the keys are rotated.
   */
  public void encryptedCpr(String cprEncrypted, String cprIndex) {
    this.cprEncrypted = Objects.requireNonNull(cprEncrypted);
    this.cprIndex = Objects.requireNonNull(cprIndex);
  }

  /** Whether retention has blanked the tenant's personal data (ADR 25): no CPR number left. */
  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  /** Encrypted; only the tenancy service decrypts it, for staff who may see it. */
  public String getCprEncrypted() {
    return cprEncrypted;
  }

  public String getPhone() {
    return phone;
  }

  public Department getDepartment() {
    return department;
  }

  public String getAddress() {
    return address;
  }

  public LocalDate getReferralDate() {
    return referralDate;
  }

  public LocalDate getMoveInDate() {
    return moveInDate;
  }

  public SupportTrack getSupportTrack() {
    return supportTrack;
  }

  public Consent getConsent() {
    return consent;
  }

  public Optional<LocalDate> getConsentDate() {
    return Optional.ofNullable(consentDate);
  }

  public Optional<LocalDate> getTenancyEndDate() {
    return Optional.ofNullable(tenancyEndDate);
  }

  public Optional<TenancyEndReason> getTenancyEndReason() {
    return Optional.ofNullable(tenancyEndReason);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }

  /** Mirrors the newest consent record ({@link ConsentRecord}) on the tenant's own row. */
  public void mirrorConsent(Consent consent, LocalDate consentDate) {
    this.consent = Objects.requireNonNull(consent);
    this.consentDate = consentDate;
  }

  /**
   * Corrects what a coordinator may change after registration. The CPR number never changes; the
   * dates must still hold the move-in rule.
   */
  public void correct(
      String firstName,
      String lastName,
      String phone,
      Department department,
      String address,
      LocalDate referralDate,
      LocalDate moveInDate,
      SupportTrack supportTrack,
      Consent consent,
      LocalDate consentDate) {
    if (moveInDate.isBefore(referralDate)) {
      throw new RuleViolation("moveInDate", "tenant.moveInBeforeReferral");
    }
    if (tenancyEndDate != null && tenancyEndDate.isBefore(moveInDate)) {
      throw new RuleViolation("moveInDate", "tenant.endBeforeMoveIn");
    }
    this.firstName = firstName;
    this.lastName = lastName;
    this.phone = phone;
    this.department = Objects.requireNonNull(department);
    this.address = address;
    this.referralDate = referralDate;
    this.moveInDate = moveInDate;
    this.supportTrack = supportTrack;
    this.consent = consent;
    this.consentDate = consentDate;
  }
}
