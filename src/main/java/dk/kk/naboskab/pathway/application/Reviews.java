package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.pathway.domain.CaseWorker;
import dk.kk.naboskab.pathway.domain.Clarification;
import dk.kk.naboskab.pathway.domain.ReviewItem;
import dk.kk.naboskab.pathway.domain.ReviewMeeting;
import dk.kk.naboskab.pathway.domain.Shelter;
import dk.kk.naboskab.pathway.domain.Stay;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.Setting;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The weekly resident review (#17 part 2): per shelter and week an agenda made from the shelter's
 * current stays — the newest intakes and those near or past the clarification target first — to
 * which staff and the case worker add residents; then the meeting recorded with the case worker's
 * attendance and, per resident, a short note and the agreed next step with its owner and due date.
 * Shelter staff and case workers of the shelter only ({@link PathwayScope}); two people saving the
 * same meeting: the second is told, with what they typed kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Reviews {
  /** An intake this many days before the week is "new" on the agenda. */
  static final int NEW_DAYS = 14;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject PathwayScope scope;
  @Inject Clock clock;

  /** A resident on the agenda, with what the meeting wrote. */
  public record Row(
      long stayId,
      String name,
      LocalDate intakeDate,
      Clarification counter,
      boolean isNew,
      String note,
      String nextStep,
      String stepOwner,
      LocalDate stepDue)
      implements java.io.Serializable {}

  /** A choice in a form. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /** One shelter's review in one week. */
  public record Agenda(
      long meetingId,
      int version,
      long shelterId,
      String shelter,
      LocalDate weekOf,
      LocalDate heldOn,
      Long caseWorkerId,
      String otherAttendees,
      List<Row> rows,
      List<Choice> addable,
      List<Choice> caseWorkers)
      implements java.io.Serializable {}

  /** What the meeting wrote about one resident. */
  public record ItemInput(
      long stayId, String note, String nextStep, String stepOwner, LocalDate stepDue)
      implements java.io.Serializable {}

  /** The meeting as recorded. */
  public record Held(
      LocalDate heldOn, Long caseWorkerId, String otherAttendees, List<ItemInput> items) {}

  /**
   * The shelter's review in the week of {@code day}, its agenda made on first sight.
   *
   * @throws dk.kk.naboskab.shared.AccessDenied for a shelter the user does not work with
   */
  public Agenda agenda(long shelterId, LocalDate day) {
    var meeting = meeting(shelterId, day);
    return agendaOf(meeting);
  }

  /**
   * Puts a resident of the shelter on the week's agenda.
   *
   * @throws RuleViolation on {@code stayId} for someone not staying at the shelter
   */
  public void add(long meetingId, long stayId) {
    var meeting = em.find(ReviewMeeting.class, meetingId);
    requireShelter(meeting.getShelter().getId());
    var stay = em.find(Stay.class, stayId);
    if (stay == null
        || !stay.getShelter().getId().equals(meeting.getShelter().getId())
        || stay.getEndedOn() != null) {
      throw new RuleViolation("stayId", "review.notResident");
    }
    item(meeting, stay);
  }

  /**
   * Records the meeting: when, who attended, and per resident the note and next step.
   *
   * @throws RuleViolation on {@code heldOn} missing, in the future or outside the week; on {@code
   *     stepDue} before the week; on {@code caseWorkerId} for a case worker not outposted there
   * @throws ConcurrentChange when someone saved the meeting since the form was loaded
   */
  public void record(long meetingId, int version, Held held) {
    var meeting = em.find(ReviewMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    requireShelter(meeting.getShelter().getId());
    if (meeting.getVersion() != version) {
      throw new ConcurrentChange("review " + meetingId);
    }
    CaseWorker attended = null;
    if (held.caseWorkerId() != null) {
      attended = em.find(CaseWorker.class, held.caseWorkerId());
      if (attended == null
          || attended.getShelters().stream()
              .noneMatch(s -> s.getId().equals(meeting.getShelter().getId()))) {
        throw new RuleViolation("caseWorkerId", "review.caseWorker.notHere");
      }
    }
    meeting.held(
        held.heldOn(), attended, held.otherAttendees(), currentUser.getUsername(), today());
    // The meeting's items and the residents in two queries; then one write per row that changed.
    var items = new HashMap<Long, ReviewItem>();
    em.createQuery("select i from ReviewItem i where i.meeting = :m", ReviewItem.class)
        .setParameter("m", meeting)
        .getResultList()
        .forEach(i -> items.put(i.getStayId(), i));
    var ids = held.items().stream().map(ItemInput::stayId).toList();
    var stays = new HashMap<Long, Stay>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "select s from Stay s where s.id in :ids and s.shelter.id = :shelter", Stay.class)
          .setParameter("ids", ids)
          .setParameter("shelter", meeting.getShelter().getId())
          .getResultList()
          .forEach(s -> stays.put(s.getId(), s));
    }
    var position = items.size();
    for (var input : held.items()) {
      var stay = stays.get(input.stayId());
      if (stay == null) {
        throw new RuleViolation("stayId", "review.notResident");
      }
      var item = items.get(input.stayId());
      if (item == null) {
        if (blank(input)) {
          continue; // a proposed resident nobody wrote about stays a proposal
        }
        item = new ReviewItem(meeting, stay, ++position, currentUser.getUsername());
        em.persist(item);
      }
      item.write(input.note(), input.nextStep(), input.stepOwner(), input.stepDue());
    }
    // The meeting's version moves even when only its items changed: the next saver is told.
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  private static boolean blank(ItemInput input) {
    return (input.note() == null || input.note().isBlank())
        && (input.nextStep() == null || input.nextStep().isBlank())
        && (input.stepOwner() == null || input.stepOwner().isBlank())
        && input.stepDue() == null;
  }

  private ReviewItem item(ReviewMeeting meeting, Stay stay) {
    var found =
        em.createQuery(
                "select i from ReviewItem i where i.meeting = :m and i.stay = :s", ReviewItem.class)
            .setParameter("m", meeting)
            .setParameter("s", stay)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    var position =
        em.createQuery("select count(i) from ReviewItem i where i.meeting = :m", Long.class)
            .setParameter("m", meeting)
            .getSingleResult()
            .intValue();
    var item = new ReviewItem(meeting, stay, position + 1, currentUser.getUsername());
    em.persist(item);
    return item;
  }

  private ReviewMeeting meeting(long shelterId, LocalDate day) {
    requireShelter(shelterId);
    var monday = ReviewMeeting.mondayOf(day);
    var found =
        em.createQuery(
                "select m from ReviewMeeting m where m.shelter.id = :s and m.weekOf = :w",
                ReviewMeeting.class)
            .setParameter("s", shelterId)
            .setParameter("w", monday)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    var meeting = new ReviewMeeting(em.find(Shelter.class, shelterId), monday);
    em.persist(meeting);
    em.flush();
    return meeting;
  }

  private Agenda agendaOf(ReviewMeeting meeting) {
    var shelterId = meeting.getShelter().getId();
    var today = today();
    var target = Integer.parseInt(Setting.PATHWAY_CLARIFICATION_DAYS.value());
    var items = new HashMap<Long, ReviewItem>();
    em.createQuery(
            "select i from ReviewItem i join fetch i.stay where i.meeting = :m", ReviewItem.class)
        .setParameter("m", meeting)
        .getResultList()
        .forEach(i -> items.put(i.getStay().getId(), i));
    var weekEnd = meeting.getWeekOf().plusDays(6);
    var asOf = weekEnd.isBefore(today) ? weekEnd : today;
    var open =
        em.createQuery(
                "select s from Stay s where s.shelter.id = :s and s.intakeDate <= :end"
                    + " and (s.endedOn is null or s.endedOn >= :monday)",
                Stay.class)
            .setParameter("s", shelterId)
            .setParameter("end", weekEnd)
            .setParameter("monday", meeting.getWeekOf())
            .getResultList();
    var rows = new ArrayList<Row>();
    var addable = new ArrayList<Choice>();
    for (var stay : open) {
      var counter = stay.clarification(asOf, target);
      var isNew = !stay.getIntakeDate().isBefore(meeting.getWeekOf().minusDays(NEW_DAYS));
      var near =
          counter.state() == Clarification.State.WARNING
              || counter.state() == Clarification.State.OVERDUE;
      var item = items.get(stay.getId());
      if (isNew || near || item != null) {
        rows.add(
            new Row(
                stay.getId(),
                stay.getName(),
                stay.getIntakeDate(),
                counter,
                isNew,
                item == null ? null : item.getNote(),
                item == null ? null : item.getNextStep(),
                item == null ? null : item.getStepOwner(),
                item == null ? null : item.getStepDue()));
      } else if (stay.getEndedOn() == null) {
        addable.add(new Choice(stay.getId(), stay.getName()));
      }
    }
    // The newest intakes first, then the longest stays (those nearest or past the target).
    rows.sort(
        Comparator.comparing(Row::isNew)
            .reversed()
            .thenComparing(
                (a, b) ->
                    a.isNew()
                        ? b.intakeDate().compareTo(a.intakeDate())
                        : Long.compare(
                            b.counter().daysSinceIntake(), a.counter().daysSinceIntake())));
    addable.sort(Comparator.comparing(Choice::label));
    var caseWorkers =
        em
            .createQuery(
                "select w from CaseWorker w join w.shelters s where s.id = :s order by w.name",
                CaseWorker.class)
            .setParameter("s", shelterId)
            .getResultList()
            .stream()
            .map(w -> new Choice(w.getId(), w.getName()))
            .toList();
    return new Agenda(
        meeting.getId(),
        meeting.getVersion(),
        shelterId,
        meeting.getShelter().getName(),
        meeting.getWeekOf(),
        meeting.getHeldOn(),
        meeting.getCaseWorker() == null ? null : meeting.getCaseWorker().getId(),
        meeting.getOtherAttendees(),
        rows,
        addable,
        caseWorkers);
  }

  private void requireShelter(long shelterId) {
    currentUser.require(Role.SHELTER_STAFF, Role.CASE_WORKER);
    if (!scope.shelterIds().contains(shelterId)) {
      throw scope.refusal("the review of shelter " + shelterId);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
