package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import jakarta.persistence.Cacheable;
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
import java.math.BigDecimal;

/** A support worker of a unit, linked to their Keycloak user when they sign in. */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "worker")
@NamedQuery(
    name = Worker.BY_USERNAME,
    query = "select w from Worker w where w.username = :username")
public class Worker {
  public static final String BY_USERNAME = "Worker.byUsername";

  /** The 2011 budget note's share of a home-support worker's hours for citizens in own homes. */
  public static final BigDecimal DEFAULT_OWN_HOME_SHARE = new BigDecimal("0.333");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(length = 100)
  private String username;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(length = 30)
  private String phone;

  @Column(length = 200)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "worker_type", nullable = false, length = 20)
  private WorkerType type;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false, precision = 3, scale = 2)
  private BigDecimal fte;

  @Column(nullable = false)
  private boolean active = true;

  /** The share of the hours that goes to citizens in their own homes (the budget note: 1/3). */
  @Column(name = "own_home_share", nullable = false, precision = 4, scale = 3)
  private BigDecimal ownHomeShare = DEFAULT_OWN_HOME_SHARE;

  @Version private int version;

  protected Worker() {}

  public Worker(
      String username,
      String name,
      String phone,
      String email,
      WorkerType type,
      Unit unit,
      BigDecimal fte) {
    this.type = type;
    change(username, name, phone, email, unit, fte, true);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public WorkerType getType() {
    return type;
  }

  public Unit getUnit() {
    return unit;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public boolean isActive() {
    return active;
  }

  public void change(
      String username,
      String name,
      String phone,
      String email,
      Unit unit,
      BigDecimal fte,
      boolean active) {
    if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
      throw new RuleViolation("fte", "worker.fte");
    }
    this.username = username;
    this.name = name;
    this.phone = phone;
    this.email = email;
    this.unit = unit;
    this.fte = fte;
    this.active = active;
  }

  public BigDecimal getOwnHomeShare() {
    return ownHomeShare;
  }

  /**
   * Sets the share of the hours for citizens in their own homes.
   *
   * @throws RuleViolation on {@code ownHomeShare} unless above 0 and at most 1
   */
  public void changeOwnHomeShare(BigDecimal share) {
    if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new RuleViolation("ownHomeShare", "worker.ownHomeShare");
    }
    this.ownHomeShare = share;
  }

  public int getVersion() {
    return version;
  }
}
