package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.domain.CitizenCount;
import dk.kk.naboskab.tenancy.domain.CitizenCountFile;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's monthly count of the citizens their unit's home-support workers support outside
 * the register — in their own homes and in residential facilities — and each worker's share of
 * hours for own homes: entered on the page or imported from the case system's file. Coordinators
 * only, for their own unit's home-support workers (the tenancy context's one rule, {@link
 * TenantScope}); a save or an import stores everything or nothing.
 */
@Stateless
public class CitizenCounts {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject TenantScope scope;
  @Inject Clock clock;

  /**
   * A home-support worker in a month.
   *
   * @param referred referred tenants the worker supports today (from the register)
   * @param ownHome citizens in own homes outside the register that month, null if not counted
   * @param residential citizens in residential facilities that month, null if not counted
   */
  public record WorkerMonth(
      long workerId,
      String name,
      String email,
      BigDecimal fte,
      BigDecimal ownHomeShare,
      long referred,
      Integer ownHome,
      Integer residential,
      CitizenCount.Source source,
      String recordedBy,
      Instant recordedAt)
      implements Serializable {}

  /** What the coordinator typed for a worker: both counts, or neither to have no count. */
  public record Entry(long workerId, BigDecimal ownHomeShare, Integer ownHome, Integer residential)
      implements Serializable {}

  /** An import: its faults (nothing stored if any), else how many counts were new or replaced. */
  public record Imported(List<CitizenCountFile.Problem> problems, int added, int replaced)
      implements Serializable {
    public boolean isStored() {
      return problems.isEmpty();
    }
  }

  /** The months a coordinator may count: this one and the eleven before it, latest first. */
  public List<YearMonth> months() {
    var now = thisMonth();
    var months = new ArrayList<YearMonth>();
    for (var i = 0; i < 12; i++) {
      months.add(now.minusMonths(i));
    }
    return months;
  }

  /** The unit's active home-support workers with the month's counts, by name. */
  public List<WorkerMonth> month(YearMonth month) {
    currentUser.require(Role.COORDINATOR);
    var workers = homeSupportWorkers(true);
    if (workers.isEmpty()) {
      return List.of();
    }
    var ids = workers.stream().map(Worker::getId).toList();
    Map<Long, CitizenCount> counts =
        em
            .createNamedQuery(CitizenCount.OF_WORKERS_IN_MONTH, CitizenCount.class)
            .setParameter("workers", ids)
            .setParameter("month", month.atDay(1))
            .getResultList()
            .stream()
            .collect(Collectors.toMap(c -> c.getWorker().getId(), Function.identity()));
    // What it counts: per worker, the referred tenants they support in their home today.
    Map<Long, Long> referred =
        em
            .createQuery(
                """
                select sa.worker.id, count(distinct sa.tenant.id) from SupportAssignment sa
                where sa.worker.id in :workers and sa.fromDate <= :today
                  and (sa.untilDate is null or sa.untilDate >= :today)
                  and (sa.tenant.tenancyEndDate is null or sa.tenant.tenancyEndDate > :today)
                group by sa.worker.id""",
                Object[].class)
            .setParameter("workers", ids)
            .setParameter("today", today())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    return workers.stream()
        .map(
            w -> {
              var c = counts.get(w.getId());
              return new WorkerMonth(
                  w.getId(),
                  w.getName(),
                  w.getEmail(),
                  w.getFte(),
                  w.getOwnHomeShare(),
                  referred.getOrDefault(w.getId(), 0L),
                  c == null ? null : c.getOwnHome(),
                  c == null ? null : c.getResidential(),
                  c == null ? null : c.getSource(),
                  c == null ? null : c.getRecordedBy(),
                  c == null ? null : c.getRecordedAt());
            })
        .toList();
  }

  /**
   * Stores the month's counts as typed: a worker with both counts gets them (replacing the month's
   * earlier ones), a worker with neither has none; the shares of hours are stored too.
   *
   * @return how many workers now have a count for the month
   * @throws RuleViolation on {@code ownHome}, {@code residential} or {@code ownHomeShare} naming
   *     the worker, or on {@code month} for a month not yet begun — and nothing is stored
   */
  public int save(YearMonth month, List<Entry> entries) {
    currentUser.require(Role.COORDINATOR);
    requireCounted(month);
    var workers = byId(homeSupportWorkers(false));
    for (var e : entries) {
      var worker = workers.get(e.workerId());
      if (worker == null) {
        throw scope.refusal("worker " + e.workerId() + " (citizen count)");
      }
      if ((e.ownHome() == null) != (e.residential() == null)) {
        throw new RuleViolation(
            e.ownHome() == null ? "ownHome" : "residential",
            "citizenCount.rule.both",
            worker.getName());
      }
      if (e.ownHome() != null && !inRange(e.ownHome())) {
        throw new RuleViolation(
            "ownHome", "citizenCount.rule.ownHome", worker.getName(), CitizenCount.MAX);
      }
      if (e.residential() != null && !inRange(e.residential())) {
        throw new RuleViolation(
            "residential", "citizenCount.rule.residential", worker.getName(), CitizenCount.MAX);
      }
      if (e.ownHomeShare() == null
          || e.ownHomeShare().signum() <= 0
          || e.ownHomeShare().compareTo(BigDecimal.ONE) > 0) {
        throw new RuleViolation("ownHomeShare", "citizenCount.rule.share", worker.getName());
      }
    }
    for (var e : entries) {
      var worker = workers.get(e.workerId());
      if (worker.getOwnHomeShare().compareTo(e.ownHomeShare()) != 0) {
        worker.changeOwnHomeShare(e.ownHomeShare());
      }
    }
    var blank = entries.stream().filter(e -> e.ownHome() == null).map(Entry::workerId).toList();
    if (!blank.isEmpty()) {
      em.createNamedQuery(CitizenCount.FORGET)
          .setParameter("workers", blank)
          .setParameter("month", month.atDay(1))
          .executeUpdate();
    }
    var counted =
        entries.stream()
            .filter(e -> e.ownHome() != null)
            .map(e -> new Counted(e.workerId(), month, e.ownHome(), e.residential()))
            .toList();
    store(counted, CitizenCount.Source.ENTERED);
    return counted.size();
  }

  /**
   * Imports the case system's file (see {@link CitizenCountFile}): every line is checked, workers
   * matched by e-mail address among the unit's home-support workers; with any fault, nothing is
   * stored and every fault is returned with its line.
   */
  public Imported importFile(String text) {
    currentUser.require(Role.COORDINATOR);
    var parsed = CitizenCountFile.parse(text, thisMonth());
    var problems = new ArrayList<>(parsed.problems());
    var byEmail = new HashMap<String, Worker>();
    var otherTypes = new java.util.HashSet<String>();
    for (var w : unitWorkers()) {
      if (w.getEmail() == null) {
        continue;
      }
      var email = w.getEmail().toLowerCase(Locale.ROOT);
      if (w.getType() == WorkerType.HOME_SUPPORT) {
        byEmail.put(email, w);
      } else {
        otherTypes.add(email);
      }
    }
    for (var line : parsed.lines()) {
      var key = line.worker().toLowerCase(Locale.ROOT);
      if (!byEmail.containsKey(key)) {
        problems.add(
            new CitizenCountFile.Problem(
                line.number(),
                otherTypes.contains(key)
                    ? "citizenCount.file.notHomeSupport"
                    : "citizenCount.file.unknownWorker",
                String.valueOf(line.number()),
                line.worker()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(CitizenCountFile.Problem::line));
      return new Imported(List.copyOf(problems), 0, 0);
    }
    var counted =
        parsed.lines().stream()
            .map(
                l ->
                    new Counted(
                        byEmail.get(l.worker().toLowerCase(Locale.ROOT)).getId(),
                        l.month(),
                        l.ownHome(),
                        l.residential()))
            .toList();
    var replaced = alreadyCounted(counted);
    store(counted, CitizenCount.Source.IMPORTED);
    return new Imported(List.of(), counted.size() - replaced, replaced);
  }

  /** A worker's counts for a month, about to be stored. */
  private record Counted(long workerId, YearMonth month, int ownHome, int residential) {}

  /** Rows per statement when storing counts. */
  private static final int CHUNK = 500;

  /**
   * Stores the counts, each replacing the worker's earlier one for its month: one statement per
   * {@value #CHUNK} counts, however many workers and months.
   */
  private void store(List<Counted> counted, CitizenCount.Source source) {
    var at = java.sql.Timestamp.from(clock.instant());
    var by = recorder();
    for (var from = 0; from < counted.size(); from += CHUNK) {
      var chunk = counted.subList(from, Math.min(counted.size(), from + CHUNK));
      // One row of placeholders per count; the values are all parameters.
      var rows =
          String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)"));
      var query =
          em.createNativeQuery(
              """
              insert into citizen_count
                (worker_id, month, own_home, residential, source, recorded_by, recorded_at)
              values %s
              on duplicate key update own_home = values(own_home),
                residential = values(residential), source = values(source),
                recorded_by = values(recorded_by), recorded_at = values(recorded_at),
                version = version + 1"""
                  .formatted(rows));
      var p = 0;
      for (var c : chunk) {
        query.setParameter(++p, c.workerId());
        query.setParameter(++p, java.sql.Date.valueOf(c.month().atDay(1)));
        query.setParameter(++p, c.ownHome());
        query.setParameter(++p, c.residential());
        query.setParameter(++p, source.name());
        query.setParameter(++p, by);
        query.setParameter(++p, at);
      }
      query.executeUpdate();
    }
  }

  /** How many of the counts replace one already stored for the worker and month. */
  private int alreadyCounted(List<Counted> counted) {
    var months = counted.stream().map(c -> c.month().atDay(1)).distinct().toList();
    var workers = counted.stream().map(Counted::workerId).distinct().toList();
    var stored =
        em
            .createNamedQuery(CitizenCount.KEYS, Object[].class)
            .setParameter("workers", workers)
            .setParameter("months", months)
            .getResultList()
            .stream()
            .map(r -> List.of(r[0], r[1]))
            .collect(Collectors.toSet());
    return (int)
        counted.stream()
            .filter(c -> stored.contains(List.of(c.workerId(), c.month().atDay(1))))
            .count();
  }

  /** The coordinator's unit's home-support workers (active ones only, or all). */
  private List<Worker> homeSupportWorkers(boolean activeOnly) {
    return unitWorkers().stream()
        .filter(w -> w.getType() == WorkerType.HOME_SUPPORT && (w.isActive() || !activeOnly))
        .toList();
  }

  /** Every worker of the coordinator's unit; none for a coordinator whose unit is unknown. */
  private List<Worker> unitWorkers() {
    var unit = scope.unitId();
    if (unit.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select w from Worker w where w.unit.id = :unit order by w.name", Worker.class)
        .setParameter("unit", unit.get())
        .getResultList();
  }

  private static Map<Long, Worker> byId(List<Worker> workers) {
    return workers.stream().collect(Collectors.toMap(Worker::getId, Function.identity()));
  }

  private void requireCounted(YearMonth month) {
    if (month == null || month.isAfter(thisMonth())) {
      throw new RuleViolation("month", "citizenCount.rule.month");
    }
  }

  private static boolean inRange(int count) {
    return count >= 0 && count <= CitizenCount.MAX;
  }

  private String recorder() {
    return currentUser.getUsername();
  }

  private YearMonth thisMonth() {
    return YearMonth.from(today());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
