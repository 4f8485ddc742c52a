package dk.kk.naboskab.tenancy.domain;

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
import java.time.YearMonth;

/**
 * A home-support worker's citizens outside the register in one month: those they support in their
 * own homes and those in residential facilities (boformer). With the worker's referred tenants and
 * their share of hours for own homes, it makes the caseload the 2011 budget note measures. Stored
 * by {@code CitizenCounts} in one statement per save or import, read here.
 */
@Entity
@Table(name = "citizen_count")
@NamedQuery(
    name = CitizenCount.OF_WORKERS_IN_MONTH,
    query = "select c from CitizenCount c where c.worker.id in :workers and c.firstDay = :month")
@NamedQuery(
    name = CitizenCount.FORGET,
    query = "delete from CitizenCount c where c.worker.id in :workers and c.firstDay = :month")
@NamedQuery(
    name = CitizenCount.KEYS,
    query =
        "select c.worker.id, c.firstDay from CitizenCount c"
            + " where c.worker.id in :workers and c.firstDay in :months")
public class CitizenCount {
  public static final String OF_WORKERS_IN_MONTH = "CitizenCount.ofWorkersInMonth";
  public static final String FORGET = "CitizenCount.forget";
  public static final String KEYS = "CitizenCount.keys";

  /** The most citizens one worker can be counted with in a month: a sanity bound. */
  public static final int MAX = 999;

  /** How the count came in. */
  public enum Source {
    ENTERED,
    IMPORTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  /** The month counted, as its first day. */
  @Column(name = "month", nullable = false)
  private LocalDate firstDay;

  @Column(name = "own_home", nullable = false)
  private int ownHome;

  @Column(nullable = false)
  private int residential;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Source source;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private int version;

  protected CitizenCount() {}

  public Long getId() {
    return id;
  }

  public Worker getWorker() {
    return worker;
  }

  public YearMonth getMonth() {
    return YearMonth.from(firstDay);
  }

  public int getOwnHome() {
    return ownHome;
  }

  public int getResidential() {
    return residential;
  }

  public Source getSource() {
    return source;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
