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
import java.util.Optional;

/**
 * One decision of the tenant about what the housing association may learn (forvaltningsloven §28,
 * GDPR art. 6/9): given, refused or withdrawn, from which day, until when, and what it covers. A
 * change is a new record; the newest decides ({@link #namesContact(LocalDate)}).
 */
@Entity
@Table(name = "tenant_consent")
@NamedQuery(
    name = ConsentRecord.OF_TENANTS,
    query =
        "select c from ConsentRecord c where c.tenantId in :tenants"
            + " order by c.tenantId, c.recordedAt desc, c.id desc")
public class ConsentRecord {
  public static final String OF_TENANTS = "ConsentRecord.ofTenants";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Consent state;

  @Column(name = "names_contact", nullable = false, updatable = false)
  private boolean namesContactScope;

  @Column(name = "support_kind", nullable = false, updatable = false)
  private boolean supportKindScope;

  @Column(name = "given_on", nullable = false, updatable = false)
  private LocalDate givenOn;

  @Column(name = "expires_on", updatable = false)
  private LocalDate expiresOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
  private String recordedBy;

  protected ConsentRecord() {}

  /**
   * A decision as recorded.
   *
   * @throws IllegalArgumentException for a scope on a refusal or withdrawal, or an expiry before
   *     the day it was given
   */
  public ConsentRecord(
      long tenantId,
      Consent state,
      boolean namesContact,
      boolean supportKind,
      LocalDate givenOn,
      LocalDate expiresOn,
      Instant recordedAt,
      String recordedBy) {
    this.tenantId = tenantId;
    this.state = Objects.requireNonNull(state, "state");
    if (state != Consent.GIVEN && (namesContact || supportKind)) {
      throw new IllegalArgumentException("only a consent given covers anything");
    }
    this.givenOn = Objects.requireNonNull(givenOn, "givenOn");
    if (expiresOn != null && expiresOn.isBefore(givenOn)) {
      throw new IllegalArgumentException("a consent cannot expire before it was given");
    }
    this.namesContactScope = namesContact;
    this.supportKindScope = supportKind;
    this.expiresOn = expiresOn;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
  }

  /** Whether, on {@code day}, this decision lets the association know the contact person. */
  public boolean namesContact(LocalDate day) {
    return holds(day) && namesContactScope;
  }

  /** Whether, on {@code day}, this decision lets the association know the kind of support. */
  public boolean showsSupportKind(LocalDate day) {
    return holds(day) && supportKindScope;
  }

  private boolean holds(LocalDate day) {
    return state == Consent.GIVEN
        && !day.isBefore(givenOn)
        && (expiresOn == null || !day.isAfter(expiresOn));
  }

  public Long getId() {
    return id;
  }

  public long getTenantId() {
    return tenantId;
  }

  public Consent getState() {
    return state;
  }

  public boolean isNamesContactScope() {
    return namesContactScope;
  }

  public boolean isSupportKindScope() {
    return supportKindScope;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public Optional<LocalDate> getExpiresOn() {
    return Optional.ofNullable(expiresOn);
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
