package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A stored {@link Absence}: a worker away for a period, with a substitute. */
@Entity
@Table(name = "absence")
@NamedQuery(
    name = WorkerAbsence.OVERLAPPING,
    query =
        "select a from WorkerAbsence a where a.fromDate <= :until"
            + " and (a.untilDate is null or a.untilDate >= :from)")
@NamedQuery(
    name = WorkerAbsence.RULES_OVERLAPPING,
    query =
        "select new dk.kk.naboskab.tenancy.domain.Absence(a.worker.id, a.fromDate, a.untilDate,"
            + " a.substitute.id) from WorkerAbsence a where a.fromDate <= :until"
            + " and (a.untilDate is null or a.untilDate >= :from)")
@NamedQuery(
    name = WorkerAbsence.OF_WORKER_ON,
    query =
        "select a from WorkerAbsence a where a.worker.id = :worker and a.fromDate <= :day"
            + " and (a.untilDate is null or a.untilDate >= :day)")
public class WorkerAbsence {
  public static final String OVERLAPPING = "WorkerAbsence.overlapping";
  public static final String OF_WORKER_ON = "WorkerAbsence.ofWorkerOn";
  public static final String RULES_OVERLAPPING = "WorkerAbsence.rulesOverlapping";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "until_date")
  private LocalDate untilDate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "substitute_id")
  private Worker substitute;

  @Version private int version;

  protected WorkerAbsence() {}

  public WorkerAbsence(Worker worker, Period period, Worker substitute) {
    this.worker = worker;
    this.fromDate = period.from();
    this.untilDate = period.until();
    this.substitute = substitute;
  }

  public Long getId() {
    return id;
  }

  public Worker getWorker() {
    return worker;
  }

  public Worker getSubstitute() {
    return substitute;
  }

  public Period getPeriod() {
    return new Period(fromDate, untilDate);
  }

  /** The value the rules work on. */
  public Absence asRule() {
    return new Absence(worker.getId(), getPeriod(), substitute.getId());
  }

  /** Ends the absence on the given day (included), e.g. when the worker comes back early. */
  public void endOn(LocalDate lastDay) {
    if (lastDay.isBefore(fromDate)) {
      throw new RuleViolation("until", "absence.endsBeforeStart");
    }
    untilDate = lastDay;
  }

  public int getVersion() {
    return version;
  }
}
