package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.Reviews;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Beboergennemgang": one shelter's weekly review — the agenda, the case worker's attendance, and
 * per resident a note and the next step. What was typed stays in the form when a save is refused.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "review";

  @Inject Reviews reviews;
  @Inject dk.kk.naboskab.pathway.application.Stays stays;
  @Inject Clock clock;

  private Long shelter;
  private String week;
  private List<dk.kk.naboskab.pathway.application.Stays.Choice> shelters = List.of();
  private Reviews.Agenda agenda;
  private final List<Item> items = new ArrayList<>();
  private LocalDate heldOn;
  private Long caseWorkerId;
  private String otherAttendees;
  private Long toAdd;

  /** One agenda row with the meeting's fields as typed. */
  public static final class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Reviews.Row row;
    private String note;
    private String nextStep;
    private String stepOwner;
    private LocalDate stepDue;

    Item(Reviews.Row row) {
      this.row = row;
      this.note = row.note();
      this.nextStep = row.nextStep();
      this.stepOwner = row.stepOwner();
      this.stepDue = row.stepDue();
    }

    public Reviews.Row getRow() {
      return row;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public String getNextStep() {
      return nextStep;
    }

    public void setNextStep(String nextStep) {
      this.nextStep = nextStep;
    }

    public String getStepOwner() {
      return stepOwner;
    }

    public void setStepOwner(String stepOwner) {
      this.stepOwner = stepOwner;
    }

    public LocalDate getStepDue() {
      return stepDue;
    }

    public void setStepDue(LocalDate stepDue) {
      this.stepDue = stepDue;
    }
  }

  public void load() {
    try {
      shelters = stays.myShelters();
      if (shelters.isEmpty()) {
        Forms.sendError(404);
        return;
      }
      if (shelter == null) {
        shelter = shelters.get(0).id();
      }
      reload(true);
    } catch (AccessDenied e) {
      Forms.sendError(404);
    }
  }

  private LocalDate day() {
    try {
      return week == null ? today() : LocalDate.parse(week);
    } catch (java.time.format.DateTimeParseException e) {
      return today();
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }

  /** Reads the agenda; with {@code fields}, also the meeting's fields into the form. */
  private void reload(boolean fields) {
    agenda = reviews.agenda(shelter, day());
    var typed = new java.util.HashMap<Long, Item>();
    items.forEach(i -> typed.put(i.getRow().stayId(), i));
    items.clear();
    for (var row : agenda.rows()) {
      var kept = typed.get(row.stayId());
      items.add(fields || kept == null ? new Item(row) : kept);
    }
    if (fields) {
      heldOn = agenda.heldOn();
      caseWorkerId = agenda.caseWorkerId();
      otherAttendees = agenda.otherAttendees();
    }
  }

  /** Records the meeting; on a refusal or a later save by someone else, keeps what was typed. */
  public void save() {
    var inputs =
        items.stream()
            .map(
                i ->
                    new Reviews.ItemInput(
                        i.getRow().stayId(),
                        i.getNote(),
                        i.getNextStep(),
                        i.getStepOwner(),
                        i.getStepDue()))
            .toList();
    try {
      reviews.record(
          agenda.meetingId(),
          agenda.version(),
          new Reviews.Held(heldOn, caseWorkerId, otherAttendees, inputs));
      Forms.confirm("review.done");
      reload(true);
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
    } catch (ConcurrentChange e) {
      Forms.formError(FORM, "review.conflict");
      reload(false);
    }
  }

  /** Puts another resident on the agenda. */
  public void add() {
    if (toAdd == null) {
      return;
    }
    try {
      reviews.add(agenda.meetingId(), toAdd);
      toAdd = null;
      reload(false);
    } catch (RuleViolation e) {
      Forms.error(FORM, "toAdd", e.messageKey(), e.arguments());
    }
  }

  /** The Monday before or after the shown week, for the week links. */
  public String weekLink(int weeks) {
    return agenda == null ? "" : agenda.weekOf().plusWeeks(weeks).toString();
  }

  public Long getShelter() {
    return shelter;
  }

  public void setShelter(Long shelter) {
    this.shelter = shelter;
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  public List<dk.kk.naboskab.pathway.application.Stays.Choice> getShelters() {
    return shelters;
  }

  public Reviews.Agenda getAgenda() {
    return agenda;
  }

  public List<Item> getItems() {
    return items;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public Long getCaseWorkerId() {
    return caseWorkerId;
  }

  public void setCaseWorkerId(Long caseWorkerId) {
    this.caseWorkerId = caseWorkerId;
  }

  public String getOtherAttendees() {
    return otherAttendees;
  }

  public void setOtherAttendees(String otherAttendees) {
    this.otherAttendees = otherAttendees;
  }

  public Long getToAdd() {
    return toAdd;
  }

  public void setToAdd(Long toAdd) {
    this.toAdd = toAdd;
  }
}
