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
import java.time.LocalDate;

/** A stored {@link Assignment}: this worker supports this tenant in this role for a period. */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = SupportAssignment.OF_TENANT,
    query = "select a from SupportAssignment a where a.tenant = :tenant order by a.fromDate")
public class SupportAssignment {
  public static final String OF_TENANT = "SupportAssignment.ofTenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WorkerType role;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "until_date")
  private LocalDate untilDate;

  /** Servicelovens §99 anonymous support: the association never learns of it (only an SKP). */
  @Column(nullable = false)
  private boolean anonymous;

  @Version private int version;

  protected SupportAssignment() {}

  public SupportAssignment(Tenant tenant, Worker worker, WorkerType role, Period period) {
    this.tenant = tenant;
    this.worker = worker;
    this.role = role;
    this.fromDate = period.from();
    this.untilDate = period.until();
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public Worker getWorker() {
    return worker;
  }

  public WorkerType getRole() {
    return role;
  }

  public Period getPeriod() {
    return new Period(fromDate, untilDate);
  }

  /** Ends the assignment on the given day (included). */
  public void endOn(LocalDate lastDay) {
    if (lastDay.isBefore(fromDate)) {
      throw new RuleViolation("until", "assignment.endsBeforeStart");
    }
    untilDate = lastDay;
  }

  /** The value the rules work on. */
  public Assignment asRule() {
    return new Assignment(worker.getId(), role, getPeriod());
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  /**
   * Marks the support anonymous under §99, or not. Only a support contact person's (SKP) support
   * can be anonymous.
   *
   * @throws IllegalArgumentException for another kind of worker
   */
  public void setAnonymous(boolean anonymous) {
    if (anonymous && role != WorkerType.SUPPORT_CONTACT) {
      throw new IllegalArgumentException("only an SKP's support can be anonymous (§99)");
    }
    this.anonymous = anonymous;
  }

  public int getVersion() {
    return version;
  }
}
