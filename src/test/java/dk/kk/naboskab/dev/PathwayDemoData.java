package dk.kk.naboskab.dev;

import dk.kk.naboskab.pathway.domain.Outcome;
import dk.kk.naboskab.pathway.domain.Rating;
import dk.kk.naboskab.pathway.domain.StayStatus;
import dk.kk.naboskab.pathway.domain.Support;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's shelter pathway (#17): five shelters, their outposted case workers (jonas at two),
 * about 400 stays over three years in every state — staying, clarified, recommended, moved out —
 * with observations along VUM, documentation requests (some open, some overdue) and the weekly
 * resident reviews; the referred tenants who came through a shelter keep their stay, linked, with
 * the tenant's own CPR number. Generated from the seed like {@link DemoData}, after it.
 */
final class PathwayDemoData {
  static final String[][] SHELTERS = {
    {"SUNDHOLM", "Herberget Sundholm", "Sundholmsvej 8, 2300 København S", "60"},
    {"HILLERODGADE", "Herberget Hillerødgade", "Hillerødgade 80, 2200 København N", "40"},
    {"LINDEVANGEN", "Forsorgshjemmet Lindevangen", "Lindevangs Allé 2, 2000 Frederiksberg", "35"},
    {"VALBYLANGGADE", "Herberget Valby Langgade", "Valby Langgade 60, 2500 Valby", "30"},
    {"AMAGERBRO", "Natherberget Amagerbro", "Amagerbrogade 150, 2300 København S", "25"}
  };

  /** Case workers: username, name, the shelters (indexes into {@link #SHELTERS}). */
  private static final Object[][] CASE_WORKERS = {
    {"jonas", "Jonas Brix", new int[] {0, 1}},
    {"aisha.karimi", "Aisha Karimi", new int[] {2}},
    {"peter.dam", "Peter Dam", new int[] {3, 4}},
    // sofie signs in too: the second case worker who approves jonas's recommendations.
    {"sofie", "Sofie Winther", new int[] {0, 1}}
  };

  private static final String[][] OBSERVATIONS = {
    {
      "Har selv handlet ind og lavet mad i fælleskøkkenet to gange denne uge.",
      "Værelset er ryddeligt; har selv vasket tøj.",
      "Har brug for hjælp til at åbne post og betale regninger.",
      "Glemmer aftaler med økonomirådgiveren uden påmindelse."
    },
    {
      "Passer sin personlige hygiejne uden påmindelse.",
      "Spiser uregelmæssigt; springer ofte morgenmaden over."
    },
    {
      "Tager sin medicin selv, når den er doseret.",
      "Har aflyst to lægeaftaler; vil gerne have følgeskab næste gang."
    },
    {
      "Har genoptaget kontakten til sin søster.",
      "Konflikter med en medbeboer i fællesrummet; løst ved samtale."
    },
    {
      "Deltager i værkstedet tre formiddage om ugen.",
      "Har ikke mødt op til aktivitetstilbuddet de sidste to uger."
    },
    {
      "Færdes trygt i nærområdet; kender vej til apotek og jobcenter.",
      "Undgår S-toget efter en episode; går eller tager bus."
    }
  };

  private static final String[] QUESTIONS = {
    "Hvordan klarer borgeren indkøb og madlavning over en hel uge?",
    "Kan borgeren selv holde styr på post og regninger?",
    "Tager borgeren sin medicin selv, og til tiden?",
    "Hvordan går det med døgnrytmen de næste to uger?"
  };

  record StayRow(
      long id,
      int shelter,
      String firstName,
      String lastName,
      CprNumber cpr,
      LocalDate intake,
      int caseWorker,
      StayStatus status,
      LocalDate clarified,
      LocalDate recommended,
      Outcome outcome,
      Support support,
      LocalDate ended,
      Long tenantId) {}

  /** Another case worker at the stay's shelter, or else any other. */
  private static int colleagueOf(StayRow stay) {
    var other = -1;
    for (var i = 0; i < CASE_WORKERS.length; i++) {
      if (i == stay.caseWorker()) {
        continue;
      }
      for (var shelter : (int[]) CASE_WORKERS[i][2]) {
        if (shelter == stay.shelter()) {
          return i;
        }
      }
      other = other < 0 ? i : other;
    }
    return other;
  }

  record ObservationRow(
      long id, long stayId, int theme, LocalDate on, Rating rating, String text, Long requestId) {}

  record RequestRow(
      long id,
      long stayId,
      int theme,
      String question,
      LocalDate asked,
      LocalDate due,
      LocalDate answered) {}

  record MeetingRow(long id, int shelter, LocalDate weekOf, LocalDate heldOn, Integer caseWorker) {}

  final List<StayRow> stays = new ArrayList<>();
  final List<ObservationRow> observations = new ArrayList<>();
  final List<RequestRow> requests = new ArrayList<>();
  final List<MeetingRow> meetings = new ArrayList<>();

  private final Random random;
  private final LocalDate today;
  private final Set<String> usedCpr = new HashSet<>();

  private PathwayDemoData(long seed, LocalDate today) {
    this.random = new Random(seed * 31 + 13);
    this.today = today;
  }

  /**
   * @param stayCount how many stays in all (about a quarter are the register's tenants who came
   *     through a shelter)
   */
  static PathwayDemoData generate(long seed, int stayCount, DemoData register, LocalDate today) {
    var data = new PathwayDemoData(seed, today);
    register.tenants.forEach(t -> data.usedCpr.add(t.cpr().digits()));
    data.tenantsWhoCameThroughAShelter(register, stayCount / 4);
    while (data.stays.size() < stayCount) {
      data.stay();
    }
    data.lisesOpenResidents();
    data.documentation();
    data.meetings();
    return data;
  }

  /** Tenants referred in the last three years on a support track: their stay ended at move-in. */
  private void tenantsWhoCameThroughAShelter(DemoData register, int count) {
    var candidates =
        register.tenants.stream()
            .filter(t -> t.referral().isAfter(today.minusYears(3).plusMonths(4)))
            .filter(t -> t.track() != SupportTrack.SPECIAL_HOUSING)
            .toList();
    for (var i = 0; i < candidates.size() && i < count; i += 1) {
      var t = candidates.get((i * 7919) % candidates.size());
      if (stays.stream().anyMatch(s -> t.id() == s.tenantId())) {
        continue;
      }
      var shelter = random.nextInt(SHELTERS.length);
      var recommended = t.referral().minusDays(5 + random.nextInt(40));
      var intake = recommended.minusDays(clarificationDays());
      stays.add(
          new StayRow(
              stays.size() + 1L,
              shelter,
              t.firstName(),
              t.lastName(),
              t.cpr(),
              intake,
              caseWorkerAt(shelter),
              StayStatus.MOVED_OUT,
              recommended.minusDays(random.nextInt(10)),
              recommended,
              Outcome.OWN_HOME,
              switch (t.track()) {
                case NONE -> Support.NONE;
                case SHORT_TERM -> Support.HOUSING_ADVISOR;
                default -> random.nextBoolean() ? Support.HOME_SUPPORT : Support.SUPPORT_CONTACT;
              },
              t.moveIn().isAfter(today) ? today : t.moveIn(),
              t.id()));
    }
  }

  /** A stay of someone not (yet) in the register, at any point of the pathway. */
  private void stay() {
    var shelter = random.nextInt(SHELTERS.length);
    var intake = today.minusDays(random.nextInt(3 * 365));
    var took = clarificationDays();
    LocalDate clarified = null;
    LocalDate recommended = null;
    LocalDate ended = null;
    Outcome outcome = null;
    Support support = null;
    StayStatus status;
    if (random.nextInt(10) == 0 && intake.plusDays(20).isBefore(today)) {
      // Left without a recommendation.
      ended = intake.plusDays(5 + random.nextInt(60));
      status = StayStatus.MOVED_OUT;
      if (ended.isAfter(today)) {
        ended = today;
      }
    } else if (intake.plusDays(took).isAfter(today)) {
      var age = ChronoUnit.DAYS.between(intake, today);
      if (age > 30 && random.nextInt(3) == 0) {
        clarified = intake.plusDays(age - random.nextInt(10));
        status = StayStatus.CLARIFIED;
      } else {
        status = StayStatus.STAYING;
      }
    } else {
      recommended = intake.plusDays(took);
      clarified = recommended.minusDays(random.nextInt(7));
      outcome = outcome();
      support = outcome == Outcome.OWN_HOME ? Support.values()[random.nextInt(4)] : null;
      var moved = recommended.plusDays(20 + random.nextInt(120));
      if (moved.isAfter(today)) {
        status = StayStatus.RECOMMENDED;
      } else {
        status = StayStatus.MOVED_OUT;
        ended = moved;
      }
    }
    var first = DemoData.FIRST_NAMES[random.nextInt(DemoData.FIRST_NAMES.length)];
    var last = DemoData.LAST_NAMES[random.nextInt(DemoData.LAST_NAMES.length)];
    stays.add(
        new StayRow(
            stays.size() + 1L,
            shelter,
            first,
            last,
            newCpr(),
            intake,
            caseWorkerAt(shelter),
            status,
            clarified,
            recommended,
            outcome,
            support,
            ended,
            null));
  }

  /**
   * Herberget Sundholm (lise's) always has residents in every open state: new, half-way, near the
   * target, past it, clarified and recommended.
   */
  private void lisesOpenResidents() {
    int[] ages = {2, 9, 24, 45, 70, 80, 96, 120};
    for (var age : ages) {
      var intake = today.minusDays(age);
      var status = age >= 96 ? StayStatus.CLARIFIED : StayStatus.STAYING;
      stays.add(
          new StayRow(
              stays.size() + 1L,
              0,
              DemoData.FIRST_NAMES[(age * 7) % DemoData.FIRST_NAMES.length],
              DemoData.LAST_NAMES[(age * 11) % DemoData.LAST_NAMES.length],
              newCpr(),
              intake,
              0,
              status,
              status == StayStatus.CLARIFIED ? today.minusDays(3) : null,
              null,
              null,
              null,
              null,
              null));
    }
    var intake = today.minusDays(64);
    stays.add(
        new StayRow(
            stays.size() + 1L,
            0,
            "Kenneth",
            "Bach",
            newCpr(),
            intake,
            0,
            StayStatus.RECOMMENDED,
            today.minusDays(6),
            today.minusDays(4),
            Outcome.OWN_HOME,
            Support.HOME_SUPPORT,
            null,
            null));
  }

  /** Observations along VUM (the home first and most), requests, some answered by observations. */
  private void documentation() {
    for (var stay : stays) {
      var until = stay.ended() != null ? stay.ended() : today;
      var days = ChronoUnit.DAYS.between(stay.intake(), until);
      var count = (int) Math.min(18, Math.max(1, days / 6));
      if (days < 3) {
        count = random.nextInt(2);
      }
      var askedCount = days < 14 ? 0 : 1 + random.nextInt(2);
      for (var q = 0; q < askedCount; q++) {
        var asked = stay.intake().plusDays(7 + random.nextInt((int) Math.max(1, days - 7)));
        var due = asked.plusDays(7 + random.nextInt(14));
        var theme = random.nextInt(3) == 0 ? 0 : random.nextInt(6);
        var answeredOn = due.minusDays(random.nextInt(10));
        var open = stay.ended() == null && random.nextInt(3) == 0 || answeredOn.isAfter(until);
        var request =
            new RequestRow(
                requests.size() + 1L,
                stay.id(),
                theme,
                QUESTIONS[random.nextInt(QUESTIONS.length)],
                asked,
                due.isBefore(asked) ? asked : due,
                open ? null : (answeredOn.isBefore(asked) ? asked : answeredOn));
        requests.add(request);
        if (request.answered() != null) {
          observation(stay, theme, request.answered(), request.id());
        }
      }
      for (var i = 0; i < count; i++) {
        var theme = random.nextInt(5) < 2 ? 0 : random.nextInt(6);
        var on = stay.intake().plusDays(random.nextInt((int) Math.max(1, days)));
        observation(stay, theme, on, null);
      }
    }
  }

  private void observation(StayRow stay, int theme, LocalDate on, Long requestId) {
    var texts = OBSERVATIONS[theme];
    observations.add(
        new ObservationRow(
            observations.size() + 1L,
            stay.id(),
            theme,
            on,
            Rating.values()[random.nextInt(4)],
            texts[random.nextInt(texts.length)],
            requestId));
  }

  /** A resident review every week at every shelter for three years; the case worker mostly came. */
  private void meetings() {
    var monday =
        today.minusYears(3).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    for (var week = monday; !week.isAfter(today); week = week.plusWeeks(1)) {
      for (var shelter = 0; shelter < SHELTERS.length; shelter++) {
        var held = week.plusDays(1 + shelter % 3);
        if (held.isAfter(today)) {
          continue;
        }
        var attended = random.nextInt(100) < 85 ? (Integer) caseWorkerAt(shelter) : null;
        meetings.add(new MeetingRow(meetings.size() + 1L, shelter, week, held, attended));
      }
    }
  }

  private int clarificationDays() {
    // Around the 90-day target: most within it, a tail beyond.
    return (int) Math.max(14, Math.round(Math.exp(4.2 + 0.45 * random.nextGaussian())));
  }

  private Outcome outcome() {
    var n = random.nextInt(100);
    if (n < 55) {
      return Outcome.OWN_HOME;
    }
    if (n < 70) {
      return Outcome.CARE_HOME_107;
    }
    if (n < 80) {
      return Outcome.CARE_HOME_108;
    }
    return n < 90 ? Outcome.SPECIAL_HOUSING : Outcome.OTHER;
  }

  private int caseWorkerAt(int shelter) {
    var at = new ArrayList<Integer>();
    for (var i = 0; i < CASE_WORKERS.length; i++) {
      for (var s : (int[]) CASE_WORKERS[i][2]) {
        if (s == shelter) {
          at.add(i);
        }
      }
    }
    return at.get(random.nextInt(at.size()));
  }

  private CprNumber newCpr() {
    while (true) {
      var born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
      var digits =
          String.format(
              "%02d%02d%02d%04d",
              born.getDayOfMonth(),
              born.getMonthValue(),
              born.getYear() % 100,
              (born.getYear() < 2000 ? 1000 : 4000) + random.nextInt(3000));
      if (usedCpr.add(digits)) {
        return CprNumber.parse(digits);
      }
    }
  }

  /** Writes it all in the caller's transaction (ids from 1: the pathway's tables are empty). */
  void insertAll(Connection c, CprCipher cipher, Timestamp created) throws SQLException {
    var shelterIds = new long[SHELTERS.length];
    for (var i = 0; i < SHELTERS.length; i++) {
      shelterIds[i] = i + 1L;
    }
    DemoData.batch(
        c,
        "insert into shelter (id, code, name, address, places) values (?, ?, ?, ?, ?)",
        List.of(SHELTERS),
        (s, sh) -> {
          var i = List.of(SHELTERS).indexOf(sh);
          s.setLong(1, shelterIds[i]);
          s.setString(2, sh[0]);
          s.setString(3, sh[1]);
          s.setString(4, sh[2]);
          s.setInt(5, Integer.parseInt(sh[3]));
        });
    DemoData.batch(
        c,
        "insert into case_worker (id, username, name, email) values (?, ?, ?, ?)",
        List.of(CASE_WORKERS),
        (s, w) -> {
          s.setLong(1, List.of(CASE_WORKERS).indexOf(w) + 1L);
          s.setString(2, (String) w[0]);
          s.setString(3, (String) w[1]);
          s.setString(4, w[0] + "@kk-social.example");
        });
    var outposts = new ArrayList<long[]>();
    for (var i = 0; i < CASE_WORKERS.length; i++) {
      for (var s : (int[]) CASE_WORKERS[i][2]) {
        outposts.add(new long[] {s + 1L, i + 1L});
      }
    }
    DemoData.batch(
        c,
        "insert into shelter_case_worker (shelter_id, case_worker_id) values (?, ?)",
        outposts,
        (s, o) -> {
          s.setLong(1, o[0]);
          s.setLong(2, o[1]);
        });
    DemoData.batch(
        c,
        "insert into stay (id, shelter_id, first_name, last_name, cpr_encrypted, cpr_index,"
            + " intake_date, case_worker_id, status, clarified_on, recommended_on, outcome, support,"
            + " justification, recommended_by, ended_on, tenant_id, created_at, created_by,"
            + " approved_by, approved_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'lise', ?, ?)",
        stays,
        (s, st) -> {
          s.setLong(1, st.id());
          s.setLong(2, st.shelter() + 1L);
          s.setString(3, st.firstName());
          s.setString(4, st.lastName());
          s.setString(5, cipher.encrypt(st.cpr(), "stay", st.id()));
          s.setString(6, cipher.index(st.cpr()));
          s.setDate(7, Date.valueOf(st.intake()));
          s.setLong(8, st.caseWorker() + 1L);
          s.setString(9, st.status().name());
          s.setDate(10, date(st.clarified()));
          s.setDate(11, date(st.recommended()));
          s.setString(12, st.outcome() == null ? null : st.outcome().name());
          s.setString(13, st.support() == null ? null : st.support().name());
          s.setString(
              14,
              st.recommended() == null
                  ? null
                  : "Bygger på herbergets observationer af boevnen og sagsbehandlerens samtaler.");
          s.setString(
              15, st.recommended() == null ? null : (String) CASE_WORKERS[st.caseWorker()][0]);
          s.setDate(16, date(st.ended()));
          s.setObject(17, st.tenantId());
          s.setTimestamp(18, created);
          // A colleague approved every recommendation but those of the last ten days still
          // waiting (sofie's start page lists jonas's; where the setting asks for approval).
          var approved =
              st.recommended() != null
                  && !(st.status() == StayStatus.RECOMMENDED
                      && st.recommended().isAfter(today.minusDays(10)));
          s.setString(19, approved ? (String) CASE_WORKERS[colleagueOf(st)][0] : null);
          s.setTimestamp(
              20, approved ? Timestamp.valueOf(st.recommended().plusDays(1).atTime(9, 0)) : null);
        });
    DemoData.batch(
        c,
        "insert into documentation_request (id, stay_id, theme_id, question, due_on, asked_at,"
            + " asked_by, answered_at) values (?, ?, (select id from vum_theme where sort_order = ?),"
            + " ?, ?, ?, 'jonas', ?)",
        requests,
        (s, r) -> {
          s.setLong(1, r.id());
          s.setLong(2, r.stayId());
          s.setInt(3, r.theme() + 1);
          s.setString(4, r.question());
          s.setDate(5, Date.valueOf(r.due()));
          s.setTimestamp(6, Timestamp.valueOf(r.asked().atTime(10, 0)));
          s.setTimestamp(
              7, r.answered() == null ? null : Timestamp.valueOf(r.answered().atTime(14, 0)));
        });
    DemoData.batch(
        c,
        "insert into observation (id, stay_id, theme_id, observed_on, rating, text, request_id,"
            + " recorded_at, recorded_by) values (?, ?, (select id from vum_theme where sort_order = ?),"
            + " ?, ?, ?, ?, ?, 'lise')",
        observations,
        (s, o) -> {
          s.setLong(1, o.id());
          s.setLong(2, o.stayId());
          s.setInt(3, o.theme() + 1);
          s.setDate(4, Date.valueOf(o.on()));
          s.setString(5, o.rating().name());
          s.setString(6, o.text());
          s.setObject(7, o.requestId());
          s.setTimestamp(8, Timestamp.valueOf(o.on().atTime(14, 0)));
        });
    DemoData.batch(
        c,
        "insert into review_meeting (id, shelter_id, week_of, held_on, case_worker_id, recorded_by)"
            + " values (?, ?, ?, ?, ?, 'lise')",
        meetings,
        (s, m) -> {
          s.setLong(1, m.id());
          s.setLong(2, m.shelter() + 1L);
          s.setDate(3, Date.valueOf(m.weekOf()));
          s.setDate(4, Date.valueOf(m.heldOn()));
          s.setObject(5, m.caseWorker() == null ? null : m.caseWorker() + 1L);
        });
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
