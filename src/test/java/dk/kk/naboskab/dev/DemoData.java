package dk.kk.naboskab.dev;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.application.Explanation;
import dk.kk.naboskab.tenancy.domain.Absence;
import dk.kk.naboskab.tenancy.domain.AbsenceRules;
import dk.kk.naboskab.tenancy.domain.Assignment;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import dk.kk.naboskab.tenancy.domain.ResponsibilityRule;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Invented, realistic demo data for the tenancy context, the same for the same seed: six adult
 * units, ten associations with about sixty departments, workers in the seed's proportions (32
 * housing advisors, 41 SKP, 62 home-support workers), referred tenants over the last three years in
 * every track with their assignments, ended tenancies and absences. The demo users {@code bo},
 * {@code sara} and {@code henrik} are real workers, and {@code hanne}'s and {@code ole}'s
 * associations (AMH, VBH) are real associations. Concerns are filed about the tenants and routed
 * and worked as the portal would. The tenant count scales (2 000 for the demo, 20 000 for
 * benchmarks).
 */
public final class DemoData {
  record UnitRow(long id, String code, String name) {}

  record DistrictRow(long id, String name, long unitId) {}

  record AssociationRow(long id, String code, String name) {}

  record DepartmentRow(
      long id,
      long associationId,
      String number,
      String name,
      String address,
      String postalCode,
      int flats,
      long districtId) {}

  record WorkerRow(
      long id,
      String username,
      String name,
      String phone,
      WorkerType type,
      long unitId,
      BigDecimal fte,
      BigDecimal ownHomeShare) {}

  /** A home-support worker's citizens outside the register in a month. */
  record CitizenCountRow(long workerId, java.time.YearMonth month, int ownHome, int residential) {}

  record TenantRow(
      long id,
      String firstName,
      String lastName,
      CprNumber cpr,
      String phone,
      long departmentId,
      String address,
      LocalDate referral,
      LocalDate moveIn,
      SupportTrack track,
      Consent consent,
      LocalDate endDate,
      TenancyEndReason endReason) {}

  record AssignmentRow(long id, long tenantId, long workerId, WorkerType role, Period period) {}

  record AbsenceRow(long id, long workerId, Period period, long substituteId) {}

  record ConcernRow(
      long id,
      String publicId,
      long tenantId,
      long associationId,
      long unitId,
      int category,
      Urgency urgency,
      String description,
      Instant filedAt,
      String filedBy,
      String filedByName,
      Long assigneeWorkerId,
      String routeExplanation,
      ConcernStatus status,
      Instant acknowledgedAt,
      Instant firstReplyAt,
      Instant resolvedAt,
      Outcome outcome) {}

  record EventRow(
      long concernId,
      Instant at,
      String actor,
      String actorName,
      ConcernEvent.Kind kind,
      String text,
      String assigneeName,
      Outcome outcome) {}

  /** What housing staff write, per category (in the order migration V4 seeds them). */
  private static final String[][] CONCERN_TEXTS = {
    {
      "Naboerne klager over høj musik og råben om natten, flere gange i denne uge.",
      "Der har været larm og uro i lejligheden sent om aftenen; en nabo har ringet til os."
    },
    {
      "Der lugter kraftigt fra lejligheden ud i opgangen, og affaldssække står på altanen.",
      "Ved tilsyn var lejligheden meget rodet, og der var tegn på skadedyr."
    },
    {
      "Beboeren er bagud med to måneders husleje, og vi har ikke fået svar på vores breve.",
      "Huslejen for denne måned er ikke betalt; vi vil gerne undgå en udsættelsessag."
    },
    {
      "Hoveddøren er beskadiget, og der er hul i en væg i entréen.",
      "Vandskade fra badeværelset; beboeren har ikke lukket håndværkeren ind."
    },
    {
      "Ingen har set beboeren i over en uge, og posten hober sig op.",
      "Beboeren virkede meget forvirret og bange, da vores vicevært mødte hende i går."
    },
    {
      "Beboeren har truet en nabo i opgangen; naboen er bange.",
      "Vores vicevært blev råbt ad og skubbet, da han skulle ind i lejligheden."
    }
  };

  final List<ConcernRow> concerns = new ArrayList<>();
  private java.util.Map<Long, List<Assignment>> assignmentsByTenant;
  private java.util.Map<Long, List<Absence>> absencesByWorker;
  private java.util.Map<Long, String> workerNames;
  final List<EventRow> events = new ArrayList<>();

  private static final String[][] UNITS = {
    {"AMAGER", "Voksenenhed Amager", "Amager Øst", "Amager Vest"},
    {"NORD", "Voksenenhed Nørrebro-Bispebjerg", "Nørrebro", "Bispebjerg"},
    {"VEST", "Voksenenhed Vesterbro-Kongens Enghave", "Vesterbro", "Kongens Enghave"},
    {"VALBY", "Voksenenhed Valby-Vanløse", "Valby", "Vanløse"},
    {"OEST", "Voksenenhed Østerbro-Indre By", "Østerbro", "Indre By"},
    {"BH", "Voksenenhed Brønshøj-Husum", "Brønshøj", "Husum"}
  };
  private static final String[][] ASSOCIATIONS = {
    {"AMH", "Boligselskabet Amagerhus", "0"},
    {"VBH", "Boligforeningen Valby Have", "3"},
    {"NLY", "Boligselskabet Nordlys", "1"},
    {"KNB", "Boligforeningen Kanalbyen", "2"},
    {"OSL", "Lejerboligselskabet Østerled", "4"},
    {"GRG", "Boligselskabet Grønnegården", "5"},
    {"HVS", "Boligforeningen Havnestaden", "0"},
    {"BSV", "Boligselskabet Bispevænget", "1"},
    {"BRH", "Boligforeningen Brønsholm", "5"},
    {"SBG", "Boligselskabet Sundbygaard", "2"}
  };
  private static final String[] STREETS = {
    "Amagerbrogade", "Englandsvej", "Tingbjerg Allé", "Mjølnerparken", "Sundholmsvej", "Folehaven",
    "Hørgården", "Lundtoftegade", "Bispeparken", "Husumvej", "Valby Langgade", "Enghavevej",
    "Jyllingevej", "Strandvejen", "Gyldenrisvej", "Urbanplanen", "Artillerivej", "Frederikssundsvej"
  };
  static final String[] FIRST_NAMES = {
    "Anne", "Mette", "Kirsten", "Hanne", "Lene", "Susanne", "Marianne", "Camilla", "Louise",
        "Maria",
    "Peter", "Michael", "Lars", "Jens", "Thomas", "Henrik", "Søren", "Martin", "Jan", "Niels",
    "Ahmad", "Fatima", "Mohammed", "Aisha", "Ali", "Leila", "Omar", "Yasmin", "Kasper", "Rasmus",
    "Jonas", "Mads", "Sofie", "Emma", "Ida", "Freja", "Bo", "Finn", "Bente", "Birthe"
  };
  static final String[] LAST_NAMES = {
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Karimi",
    "Hussein",
    "Yilmaz",
    "Ahmadi",
    "Kowalski",
    "Holm",
    "Dam",
    "Bach",
    "Lund",
    "Winther"
  };

  final List<UnitRow> units = new ArrayList<>();
  final List<DistrictRow> districts = new ArrayList<>();
  final List<AssociationRow> associations = new ArrayList<>();
  final List<DepartmentRow> departments = new ArrayList<>();
  final List<WorkerRow> workers = new ArrayList<>();
  final List<TenantRow> tenants = new ArrayList<>();
  final List<AssignmentRow> assignments = new ArrayList<>();
  final List<AbsenceRow> absences = new ArrayList<>();
  final List<CitizenCountRow> citizenCounts = new ArrayList<>();

  private final Random random;
  private final Random concernRandom;
  private final Random countRandom;
  private final LocalDate today;
  private final long seed;

  /** The shelter pathway's stays, observations and reviews; made with the register, from it. */
  PathwayDemoData pathway;

  /** Stays on the shelter pathway in the demo, over three years. */
  static final int PATHWAY_STAYS = 400;

  private DemoData(long seed, LocalDate today) {
    this.seed = seed;
    this.random = new Random(seed);
    // A stream of its own, so concerns never shift the tenancy data a seed gives.
    this.concernRandom = new Random(seed * 31 + 7);
    this.countRandom = new Random(seed * 31 + 11);
    this.today = today;
  }

  /** Generates everything in memory; nothing random depends on anything but the seed. */
  public static DemoData generate(long seed, int tenantCount, LocalDate today) {
    var data = new DemoData(seed, today);
    data.organisation();
    data.workers();
    data.tenants(tenantCount);
    data.absences();
    data.citizenCounts();
    data.concerns();
    data.pathway = PathwayDemoData.generate(seed, PATHWAY_STAYS, data, today);
    return data;
  }

  /**
   * Concerns the associations filed about their tenants while housed, each routed as the portal
   * routes (the responsibility rule over the generated assignments and absences, with its Danish
   * reason), and worked as far as its age suggests: recent ones new or in progress, older ones
   * resolved with an outcome and mostly confirmed.
   */
  private void concerns() {
    var r = concernRandom;
    // As of yesterday afternoon: the demo may start at any hour, and no concern may lie ahead.
    var now = today.minusDays(1).atTime(16, 0).atZone(ClockProducer.COPENHAGEN).toInstant();
    assignmentsByTenant = new HashMap<>();
    for (var a : assignments) {
      assignmentsByTenant
          .computeIfAbsent(a.tenantId(), k -> new ArrayList<>())
          .add(new Assignment(a.workerId(), a.role(), a.period()));
    }
    absencesByWorker = new HashMap<>();
    for (var a : absences) {
      absencesByWorker
          .computeIfAbsent(a.workerId(), k -> new ArrayList<>())
          .add(new Absence(a.workerId(), a.period(), a.substituteId()));
    }
    workerNames = new HashMap<>();
    workers.forEach(w -> workerNames.put(w.id(), w.name()));
    for (var tenant : tenants) {
      var yesterday = today.minusDays(1);
      var last =
          tenant.endDate() == null || tenant.endDate().isAfter(today)
              ? yesterday
              : tenant.endDate().minusDays(1);
      if (last.isBefore(tenant.moveIn())) {
        continue;
      }
      var count = pick(r, new int[] {45, 28, 15, 8, 4}, new Integer[] {0, 1, 2, 3, 4});
      for (var i = 0; i < count; i++) {
        var span = (int) (last.toEpochDay() - tenant.moveIn().toEpochDay());
        var day = tenant.moveIn().plusDays(span <= 0 ? 0 : r.nextInt(span + 1));
        var filedAt =
            day.atTime(7 + r.nextInt(12), r.nextInt(60))
                .atZone(ClockProducer.COPENHAGEN)
                .toInstant();
        if (filedAt.isAfter(now)) {
          filedAt = now.minusSeconds(3600 + r.nextInt(3600));
        }
        concern(tenant, filedAt, now, r);
      }
    }
  }

  private void concern(TenantRow tenant, Instant filedAt, Instant now, Random r) {
    var department = departments.get((int) tenant.departmentId() - 1);
    var association = associations.get((int) department.associationId() - 1);
    var unit = units.get((int) unitOf(department) - 1);
    var category = pick(r, new int[] {30, 15, 20, 10, 18, 7}, new Integer[] {1, 2, 3, 4, 5, 6});
    var urgency =
        category == 6 || (category == 5 && r.nextBoolean())
            ? Urgency.ACUTE
            : pick(r, new int[] {30, 70}, new Urgency[] {Urgency.URGENT, Urgency.NORMAL});
    var day = filedAt.atZone(ClockProducer.COPENHAGEN).toLocalDate();
    var responsibility =
        ResponsibilityRule.on(
            day,
            assignmentsByTenant.getOrDefault(tenant.id(), List.of()),
            worker ->
                absencesByWorker.getOrDefault(worker, List.of()).stream()
                    .filter(a -> a.period().contains(day))
                    .toList());
    var names = workerNames;
    var explanation =
        Explanation.of(
            responsibility,
            names,
            "Boligsocialt beredskab, " + unit.name(),
            Locale.forLanguageTag("da"));
    var assignee =
        responsibility instanceof Responsibility.Worker w ? Long.valueOf(w.workerId()) : null;
    var staff = staffOf(association);
    var id = concerns.size() + 1L;
    var texts = CONCERN_TEXTS[category - 1];

    // How far it got: by its age, with the municipality's usual pace.
    var age = Duration.between(filedAt, now);
    var ack =
        filedAt.plus(Duration.ofMinutes(20 + r.nextInt(urgency == Urgency.ACUTE ? 120 : 1800)));
    var reply = ack.plus(Duration.ofMinutes(30 + r.nextInt(2 * 24 * 60)));
    var resolved = reply.plus(Duration.ofHours(4 + r.nextInt(20 * 24)));
    var status = ConcernStatus.CLOSED;
    if (ack.isAfter(now) || (age.toHours() < 6 && r.nextBoolean())) {
      status = ConcernStatus.NEW;
    } else if (reply.isAfter(now)) {
      status = ConcernStatus.ACKNOWLEDGED;
    } else if (resolved.isAfter(now)) {
      status = r.nextInt(4) == 0 ? ConcernStatus.AWAITING_INFO : ConcernStatus.ACKNOWLEDGED;
    } else if (Duration.between(resolved, now).toDays() < 14) {
      status = ConcernStatus.RESOLVED;
    }
    var outcome =
        pick(
            r,
            new int[] {35, 20, 12, 10, 18, 5},
            new Outcome[] {
              Outcome.HOME_VISIT,
              Outcome.SUPPORT_INCREASED,
              Outcome.REFERRED_ELSEWHERE,
              Outcome.TENANT_DECLINED,
              Outcome.NO_ACTION_NEEDED,
              Outcome.EVICTION_CASE_OPENED
            });
    var done = status == ConcernStatus.RESOLVED || status == ConcernStatus.CLOSED;
    var started = status != ConcernStatus.NEW;
    var replied = done || status == ConcernStatus.AWAITING_INFO || (started && !reply.isAfter(now));
    var workerName = assignee == null ? null : names.get(assignee);
    var actorName = workerName == null ? "Koordinator, " + unit.name() : workerName;
    var actor =
        assignee == null || workers.get((int) (long) assignee - 1).username() == null
            ? "demo"
            : workers.get((int) (long) assignee - 1).username();
    concerns.add(
        new ConcernRow(
            id,
            new UUID(concernRandom.nextLong(), concernRandom.nextLong()).toString(),
            tenant.id(),
            association.id(),
            unit.id(),
            category,
            urgency,
            texts[r.nextInt(texts.length)],
            filedAt,
            staff[0],
            staff[1],
            assignee,
            explanation.why(),
            status,
            started ? ack : null,
            replied ? reply : null,
            done ? resolved : null,
            done ? outcome : null));
    events.add(
        new EventRow(id, filedAt, staff[0], staff[1], ConcernEvent.Kind.FILED, null, null, null));
    events.add(
        new EventRow(
            id,
            filedAt,
            "naboskab",
            "Naboskab",
            ConcernEvent.Kind.ROUTED,
            explanation.why(),
            explanation.who(),
            null));
    if (urgency == Urgency.ACUTE) {
      events.add(
          new EventRow(
              id,
              filedAt,
              "naboskab",
              "Naboskab",
              ConcernEvent.Kind.TEAM_ALERTED,
              null,
              null,
              null));
    }
    if (started) {
      events.add(
          new EventRow(
              id, ack, actor, actorName, ConcernEvent.Kind.ACKNOWLEDGED, null, null, null));
    }
    if (replied) {
      var kind =
          status == ConcernStatus.AWAITING_INFO
              ? ConcernEvent.Kind.INFO_REQUESTED
              : ConcernEvent.Kind.REPLIED;
      var text =
          kind == ConcernEvent.Kind.INFO_REQUESTED
              ? "Kan I fortælle, hvornår det sidst skete, og hvem der har set det?"
              : "Tak for henvendelsen. Vi tager kontakt til borgeren og vender tilbage.";
      events.add(new EventRow(id, reply, actor, actorName, kind, text, null, null));
    }
    if (done) {
      events.add(
          new EventRow(
              id,
              resolved,
              actor,
              actorName,
              ConcernEvent.Kind.RESOLVED,
              "Vi har fulgt op på henvendelsen sammen med borgeren.",
              null,
              outcome));
      if (status == ConcernStatus.CLOSED && r.nextInt(3) > 0) {
        events.add(
            new EventRow(
                id,
                resolved.plus(Duration.ofHours(2 + r.nextInt(72))),
                staff[0],
                staff[1],
                ConcernEvent.Kind.CONFIRMED,
                null,
                null,
                null));
      }
    }
  }

  /**
   * A worker's address: the demo realm's for bo, sara and henrik (their usernames), made from the
   * name for workers who do not sign in.
   */
  static String emailOf(WorkerRow worker) {
    var local =
        worker.username() != null
            ? worker.username()
            : worker
                .name()
                .toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z]+", ".");
    return local + "@kk-social.example";
  }

  /** The filer's address: the demo realm's for hanne and ole, made up for the rest. */
  private static String filerEmail(String username) {
    return switch (username) {
      case "hanne" -> "hanne@amagerhus.example";
      case "ole" -> "ole@valbyhave.example";
      default -> username + "@forening.example";
    };
  }

  /** The housing officer filing for an association: the demo users for AMH and VBH. */
  private static String[] staffOf(AssociationRow association) {
    return switch (association.code()) {
      case "AMH" -> new String[] {"hanne", "Hanne Kjærgaard"};
      case "VBH" -> new String[] {"ole", "Ole Thygesen"};
      default ->
          new String[] {
            "staff-" + association.code().toLowerCase(Locale.ROOT),
            "Boligsocial medarbejder, " + association.name()
          };
    };
  }

  private static <T> T pick(Random r, int[] weights, T[] values) {
    var target = r.nextInt(100);
    for (var i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private void organisation() {
    for (var u : UNITS) {
      var unit = new UnitRow(units.size() + 1, u[0], u[1]);
      units.add(unit);
      districts.add(new DistrictRow(districts.size() + 1, u[2], unit.id()));
      districts.add(new DistrictRow(districts.size() + 1, u[3], unit.id()));
    }
    for (var a : ASSOCIATIONS) {
      var association = new AssociationRow(associations.size() + 1, a[0], a[1]);
      associations.add(association);
      var homeUnit = Integer.parseInt(a[2]);
      for (var d = 1; d <= 6; d++) {
        // Most of an association's estates lie in its home unit's districts.
        var unitIndex = random.nextInt(4) == 0 ? random.nextInt(UNITS.length) : homeUnit;
        var district = districts.get(unitIndex * 2 + random.nextInt(2));
        var street = STREETS[random.nextInt(STREETS.length)];
        departments.add(
            new DepartmentRow(
                departments.size() + 1,
                association.id(),
                String.valueOf(d),
                street + " " + (d * 10 + random.nextInt(10)),
                street + " " + (1 + random.nextInt(120)),
                String.valueOf(2000 + 100 * (unitIndex + 3) + random.nextInt(10) * 10),
                40 + random.nextInt(560),
                district.id()));
      }
    }
  }

  private void workers() {
    addWorkers(WorkerType.HOUSING_ADVISOR, 32, "bo", "Bo Lindholm");
    addWorkers(WorkerType.SUPPORT_CONTACT, 41, "sara", "Sara Munk");
    addWorkers(WorkerType.HOME_SUPPORT, 62, "henrik", "Henrik Dall");
  }

  private void addWorkers(WorkerType type, int count, String demoUser, String demoName) {
    for (var i = 0; i < count; i++) {
      var demo = i == 0;
      var unitId = demo ? 1 : units.get(i % units.size()).id();
      var partTime = !demo && random.nextInt(5) == 0;
      // The budget note's 62 home-support positions: those workers are full-time.
      var fte =
          partTime && type != WorkerType.HOME_SUPPORT ? new BigDecimal("0.50") : BigDecimal.ONE;
      workers.add(
          new WorkerRow(
              workers.size() + 1,
              demo ? demoUser : null,
              demo ? demoName : personName(),
              "3317" + String.format("%04d", random.nextInt(10_000)),
              type,
              unitId,
              fte,
              type == WorkerType.HOME_SUPPORT ? ownHomeShare() : Worker.DEFAULT_OWN_HOME_SHARE));
    }
  }

  /** Most home-support workers give a third of their hours to own homes, some a quarter or 40 %. */
  private BigDecimal ownHomeShare() {
    var draw = countRandom.nextInt(10);
    return draw < 6
        ? Worker.DEFAULT_OWN_HOME_SHARE
        : draw < 8 ? new BigDecimal("0.250") : new BigDecimal("0.400");
  }

  /**
   * The monthly counts the coordinators would have entered for the last twelve whole months: each
   * home-support worker near the note's 27.5 citizens per position — in own homes for the share of
   * hours that goes there (less the referred tenants the register already knows), in residential
   * facilities for the rest.
   */
  private void citizenCounts() {
    var referred = new HashMap<Long, Integer>();
    for (var a : assignments) {
      if (a.role() == WorkerType.HOME_SUPPORT && a.period().contains(today)) {
        var tenant = tenants.get((int) a.tenantId() - 1);
        if (tenant.endDate() == null || tenant.endDate().isAfter(today)) {
          referred.merge(a.workerId(), 1, Integer::sum);
        }
      }
    }
    var thisMonth = java.time.YearMonth.from(today);
    for (var w : workers) {
      if (w.type() != WorkerType.HOME_SUPPORT) {
        continue;
      }
      var ownHomePositions = w.fte().doubleValue() * w.ownHomeShare().doubleValue();
      var residentialPositions = w.fte().doubleValue() - ownHomePositions;
      for (var m = 12; m >= 1; m--) {
        var ownHome =
            (int) Math.round(27.5 * ownHomePositions * (0.85 + 0.3 * countRandom.nextDouble()));
        var residential =
            (int) Math.round(27.5 * residentialPositions * (0.9 + 0.2 * countRandom.nextDouble()));
        citizenCounts.add(
            new CitizenCountRow(
                w.id(),
                thisMonth.minusMonths(m),
                Math.max(0, ownHome - referred.getOrDefault(w.id(), 0)),
                residential));
      }
    }
  }

  private void tenants(int count) {
    var usedCpr = new HashSet<CprNumber>();
    var totalFlats = departments.stream().mapToInt(DepartmentRow::flats).sum();
    for (var i = 0; i < count; i++) {
      var department = departmentWeightedByFlats(totalFlats);
      var referral = today.minusDays(random.nextInt(3 * 365));
      var moveIn = referral.plusDays(7 + random.nextInt(54));
      var track = pick(new int[] {20, 35, 40, 5}, SupportTrack.values());
      var consent = pick(new int[] {80, 15, 5}, Consent.values());
      LocalDate end = null;
      TenancyEndReason reason = null;
      var housedDays = (int) (today.toEpochDay() - moveIn.toEpochDay());
      if (housedDays > 60 && random.nextInt(100) < 15) {
        end = moveIn.plusDays(30 + random.nextInt(housedDays - 30));
        reason = pick(new int[] {60, 20, 5, 15}, TenancyEndReason.values());
      }
      CprNumber cpr;
      do {
        cpr = randomCpr();
      } while (!usedCpr.add(cpr));
      var street = departments.get((int) department.id() - 1).address().replaceAll(" \\d+$", "");
      var tenant =
          new TenantRow(
              tenants.size() + 1,
              FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
              LAST_NAMES[random.nextInt(LAST_NAMES.length)],
              cpr,
              random.nextInt(3) == 0
                  ? null
                  : "2" + String.format("%07d", random.nextInt(10_000_000)),
              department.id(),
              street
                  + " "
                  + (1 + random.nextInt(120))
                  + ", "
                  + random.nextInt(5)
                  + ". "
                  + (random.nextBoolean() ? "th" : "tv"),
              referral,
              moveIn,
              track,
              consent,
              end,
              reason);
      tenants.add(tenant);
      assignSupport(tenant, unitOf(department));
    }
  }

  private void assignSupport(TenantRow tenant, long unitId) {
    var lastDay = tenant.endDate();
    switch (tenant.track()) {
      case SHORT_TERM ->
          assign(
              tenant,
              WorkerType.HOUSING_ADVISOR,
              unitId,
              tenant.moveIn(),
              tenant.moveIn().plusMonths(3 + random.nextInt(4)),
              lastDay);
      case LONG_TERM -> {
        assign(
            tenant,
            WorkerType.HOUSING_ADVISOR,
            unitId,
            tenant.moveIn(),
            tenant.moveIn().plusMonths(3),
            lastDay);
        if (random.nextBoolean()) {
          assign(
              tenant,
              WorkerType.SUPPORT_CONTACT,
              unitId,
              tenant.moveIn(),
              tenant.moveIn().plusMonths(3 + random.nextInt(4)),
              lastDay);
        } else {
          assign(tenant, WorkerType.HOME_SUPPORT, unitId, tenant.moveIn(), null, lastDay);
        }
      }
      default -> {
        // No support need, or special housing: no worker in the portal.
      }
    }
  }

  private void assign(
      TenantRow tenant,
      WorkerType role,
      long unitId,
      LocalDate from,
      LocalDate until,
      LocalDate tenancyEnd) {
    var end = until;
    if (tenancyEnd != null && (end == null || tenancyEnd.isBefore(end))) {
      end = tenancyEnd.isBefore(from) ? from : tenancyEnd;
    }
    var candidates =
        workers.stream().filter(w -> w.type() == role && w.unitId() == unitId).toList();
    var worker = candidates.get(random.nextInt(candidates.size()));
    assignments.add(
        new AssignmentRow(
            assignments.size() + 1, tenant.id(), worker.id(), role, new Period(from, end)));
  }

  private void absences() {
    var registered = new ArrayList<Absence>();
    for (var i = 0; i < 60; i++) {
      var worker = workers.get(random.nextInt(workers.size()));
      var colleagues =
          workers.stream()
              .filter(
                  w ->
                      w.unitId() == worker.unitId()
                          && w.type() == worker.type()
                          && w.id() != worker.id())
              .toList();
      var substitute = colleagues.get(random.nextInt(colleagues.size()));
      var from = today.minusDays(random.nextInt(400)).plusDays(30);
      var period = Period.between(from, from.plusDays(1 + random.nextInt(20)));
      var absence = new Absence(worker.id(), period, substitute.id());
      try {
        AbsenceRules.check(absence, registered);
      } catch (RuleViolation overlappingOrLoop) {
        continue; // the register would refuse it too
      }
      registered.add(absence);
      absences.add(new AbsenceRow(absences.size() + 1, worker.id(), period, substitute.id()));
    }
  }

  private long unitOf(DepartmentRow department) {
    return districts.get((int) department.districtId() - 1).unitId();
  }

  private DepartmentRow departmentWeightedByFlats(int totalFlats) {
    var target = random.nextInt(totalFlats);
    for (var department : departments) {
      target -= department.flats();
      if (target < 0) {
        return department;
      }
    }
    return departments.get(departments.size() - 1);
  }

  private <T> T pick(int[] weights, T[] values) {
    var target = random.nextInt(100);
    for (var i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private String personName() {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  private CprNumber randomCpr() {
    var born = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(50 * 365));
    var year = born.getYear() % 100;
    // Seventh digit: 0–3 for the 1900s; 4 for 2000–2036.
    var seventh = born.getYear() >= 2000 ? 4 : random.nextInt(4);
    return CprNumber.parse(
        String.format(
            "%02d%02d%02d%d%03d",
            born.getDayOfMonth(), born.getMonthValue(), year, seventh, random.nextInt(1000)));
  }

  /**
   * Writes everything in one transaction, unless the database already has tenants.
   *
   * @return whether anything was written
   */
  public boolean writeTo(String jdbcUrl, String user, String password, CprCipher cipher)
      throws SQLException {
    try (var connection = DriverManager.getConnection(jdbcUrl, user, password)) {
      try (var rs = connection.createStatement().executeQuery("select count(*) from tenant")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return false;
        }
      }
      connection.setAutoCommit(false);
      insertAll(connection, cipher);
      pathway.insertAll(
          connection,
          cipher,
          Timestamp.valueOf(today.atStartOfDay().atOffset(ZoneOffset.UTC).toLocalDateTime()));
      connection.commit();
      return true;
    }
  }

  /**
   * Each tenant's consent as records (#16): a consent given (every tenth for the contact person
   * only), refused, or given at referral and withdrawn later; and one §99 anonymous SKP among
   * hanne's association's tenants.
   */
  private static void consents(Connection c, LocalDate today) throws SQLException {
    var recorded = Timestamp.valueOf(today.atStartOfDay());
    try (var s = c.createStatement()) {
      try (var p =
          c.prepareStatement(
              "insert into tenant_consent (tenant_id, state, names_contact, support_kind, given_on,"
                  + " expires_on, recorded_at, recorded_by)"
                  + " select id, 'GIVEN', 1, 1, referral_date, null, ? - interval 1 day, 'karin'"
                  + " from tenant where consent = 'WITHDRAWN'")) {
        p.setTimestamp(1, recorded);
        p.executeUpdate();
      }
      try (var p =
          c.prepareStatement(
              "insert into tenant_consent (tenant_id, state, names_contact, support_kind, given_on,"
                  + " expires_on, recorded_at, recorded_by)"
                  + " select id, consent, consent = 'GIVEN', consent = 'GIVEN' and id % 10 <> 0,"
                  + " case when consent = 'WITHDRAWN'"
                  + "   then least(move_in_date + interval 90 day, ?) else referral_date end,"
                  + " null, ?, 'karin' from tenant")) {
        p.setDate(1, Date.valueOf(today));
        p.setTimestamp(2, recorded);
        p.executeUpdate();
      }
      s.executeUpdate(
          "update tenant set consent_date = (select max(c.given_on) from tenant_consent c"
              + " where c.tenant_id = tenant.id)");
      try (var p =
          c.prepareStatement(
              "select min(a.id) from assignment a join tenant t on t.id = a.tenant_id"
                  + " join department d on d.id = t.department_id"
                  + " join housing_association h on h.id = d.association_id"
                  + " where a.role = 'SUPPORT_CONTACT' and a.from_date <= ?"
                  + " and (a.until_date is null or a.until_date >= ?)"
                  + " and t.tenancy_end_date is null and t.consent = 'GIVEN' and h.code = 'AMH'")) {
        p.setDate(1, Date.valueOf(today));
        p.setDate(2, Date.valueOf(today));
        try (var rows = p.executeQuery()) {
          if (rows.next() && rows.getObject(1) != null) {
            s.executeUpdate("update assignment set anonymous = true where id = " + rows.getLong(1));
          }
        }
      }
    }
  }

  private void insertAll(Connection c, CprCipher cipher) throws SQLException {
    batch(
        c,
        "insert into unit (id, code, name, team_name, team_email, team_phone)"
            + " values (?, ?, ?, ?, ?, ?)",
        units,
        (s, u) -> {
          s.setLong(1, u.id());
          s.setString(2, u.code());
          s.setString(3, u.name());
          s.setString(4, "Boligsocialt beredskab, " + u.name());
          s.setString(5, "team-" + u.code().toLowerCase(Locale.ROOT) + "@kk-social.example");
          s.setString(6, String.format("33 66 %02d 00", 10 + u.id()));
        });
    batch(
        c,
        "insert into district (id, name, unit_id) values (?, ?, ?)",
        districts,
        (s, d) -> {
          s.setLong(1, d.id());
          s.setString(2, d.name());
          s.setLong(3, d.unitId());
        });
    batch(
        c,
        "insert into housing_association (id, code, name) values (?, ?, ?)",
        associations,
        (s, a) -> {
          s.setLong(1, a.id());
          s.setString(2, a.code());
          s.setString(3, a.name());
        });
    batch(
        c,
        "insert into department (id, association_id, number, name, address, postal_code, city, flats, district_id)"
            + " values (?, ?, ?, ?, ?, ?, 'København', ?, ?)",
        departments,
        (s, d) -> {
          s.setLong(1, d.id());
          s.setLong(2, d.associationId());
          s.setString(3, d.number());
          s.setString(4, d.name());
          s.setString(5, d.address());
          s.setString(6, d.postalCode());
          s.setInt(7, d.flats());
          s.setLong(8, d.districtId());
        });
    batch(
        c,
        "insert into worker (id, username, name, phone, email, worker_type, unit_id, fte,"
            + " own_home_share) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        workers,
        (s, w) -> {
          s.setLong(1, w.id());
          s.setString(2, w.username());
          s.setString(3, w.name());
          s.setString(4, w.phone());
          s.setString(5, emailOf(w));
          s.setString(6, w.type().name());
          s.setLong(7, w.unitId());
          s.setBigDecimal(8, w.fte());
          s.setBigDecimal(9, w.ownHomeShare());
        });
    var created =
        Timestamp.valueOf(today.atStartOfDay().atOffset(ZoneOffset.UTC).toLocalDateTime());
    batch(
        c,
        "insert into tenant (id, first_name, last_name, cpr_encrypted, cpr_index, phone, department_id, address,"
            + " referral_date, move_in_date, support_track, consent, consent_date, tenancy_end_date,"
            + " tenancy_end_reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        tenants,
        (s, t) -> {
          s.setLong(1, t.id());
          s.setString(2, t.firstName());
          s.setString(3, t.lastName());
          s.setString(4, cipher.encrypt(t.cpr(), t.id()));
          s.setString(5, cipher.index(t.cpr()));
          s.setString(6, t.phone());
          s.setLong(7, t.departmentId());
          s.setString(8, t.address());
          s.setDate(9, Date.valueOf(t.referral()));
          s.setDate(10, Date.valueOf(t.moveIn()));
          s.setString(11, t.track().name());
          s.setString(12, t.consent().name());
          s.setDate(13, Date.valueOf(t.referral()));
          s.setDate(14, t.endDate() == null ? null : Date.valueOf(t.endDate()));
          s.setString(15, t.endReason() == null ? null : t.endReason().name());
          s.setTimestamp(16, created);
        });
    batch(
        c,
        "insert into assignment (id, tenant_id, worker_id, role, from_date, until_date) values (?, ?, ?, ?, ?, ?)",
        assignments,
        (s, a) -> {
          s.setLong(1, a.id());
          s.setLong(2, a.tenantId());
          s.setLong(3, a.workerId());
          s.setString(4, a.role().name());
          s.setDate(5, Date.valueOf(a.period().from()));
          s.setDate(6, a.period().until() == null ? null : Date.valueOf(a.period().until()));
        });
    consents(c, today);
    batch(
        c,
        "insert into absence (id, worker_id, from_date, until_date, substitute_id) values (?, ?, ?, ?, ?)",
        absences,
        (s, a) -> {
          s.setLong(1, a.id());
          s.setLong(2, a.workerId());
          s.setDate(3, Date.valueOf(a.period().from()));
          s.setDate(4, Date.valueOf(a.period().until()));
          s.setLong(5, a.substituteId());
        });
    batch(
        c,
        "insert into citizen_count (worker_id, month, own_home, residential, source, recorded_by,"
            + " recorded_at) values (?, ?, ?, ?, 'ENTERED', 'karin', ?)",
        citizenCounts,
        (s, n) -> {
          s.setLong(1, n.workerId());
          s.setDate(2, Date.valueOf(n.month().atDay(1)));
          s.setInt(3, n.ownHome());
          s.setInt(4, n.residential());
          s.setTimestamp(5, Timestamp.valueOf(n.month().atEndOfMonth().atTime(15, 0)));
        });
    insertConcerns(c);
  }

  private void insertConcerns(Connection c) throws SQLException {
    batch(
        c,
        "insert into concern (id, public_id, tenant_id, association_id, unit_id, category_id, urgency,"
            + " description, status, filed_by, filed_by_name, filed_at, assignee_worker_id,"
            + " route_explanation, acknowledged_at, first_reply_at, resolved_at, outcome, filer_email)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        concerns,
        (s, k) -> {
          s.setLong(1, k.id());
          s.setString(2, k.publicId());
          s.setLong(3, k.tenantId());
          s.setLong(4, k.associationId());
          s.setLong(5, k.unitId());
          s.setLong(6, k.category());
          s.setString(7, k.urgency().name());
          s.setString(8, k.description());
          s.setString(9, k.status().name());
          s.setString(10, k.filedBy());
          s.setString(11, k.filedByName());
          s.setTimestamp(12, utc(k.filedAt()));
          s.setObject(13, k.assigneeWorkerId());
          s.setString(14, k.routeExplanation());
          s.setTimestamp(15, utc(k.acknowledgedAt()));
          s.setTimestamp(16, utc(k.firstReplyAt()));
          s.setTimestamp(17, utc(k.resolvedAt()));
          s.setString(18, k.outcome() == null ? null : k.outcome().name());
          s.setString(19, filerEmail(k.filedBy()));
        });
    batch(
        c,
        "insert into concern_event (concern_id, occurred_at, actor, actor_name, kind, text,"
            + " visible_to_association, assignee_name, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
        (s, e) -> {
          s.setLong(1, e.concernId());
          s.setTimestamp(2, utc(e.at()));
          s.setString(3, e.actor());
          s.setString(4, e.actorName());
          s.setString(5, e.kind().name());
          s.setString(6, e.text());
          s.setBoolean(7, e.kind().isVisibleToAssociation());
          s.setString(8, e.assigneeName());
          s.setString(9, e.outcome() == null ? null : e.outcome().name());
        });
  }

  /** An instant as the UTC DATETIME the schema stores. */
  private static Timestamp utc(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  interface Binder<T> {
    void bind(java.sql.PreparedStatement statement, T row) throws SQLException;
  }

  static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder)
      throws SQLException {
    try (var statement = c.prepareStatement(sql)) {
      var n = 0;
      for (var row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
        if (++n % 1000 == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }
}
