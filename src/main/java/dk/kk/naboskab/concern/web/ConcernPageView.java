package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernChoices.Choice;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.concern.application.ConcernReading.Details;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One concern, for either side: the municipality's page (acknowledge, reply, internal note, ask for
 * information, hand over, resolve) and the association's (answer a request, confirm, reopen). The
 * service decides what each may see and do; the page offers only the allowed steps. What was typed
 * stays when a step is refused or someone else acted first.
 */
@Named
@ViewScoped
public class ConcernPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConcernService concerns;
  @Inject ConcernReading reading;
  @Inject ConcernChoices choices;
  @Inject dk.kk.naboskab.security.CurrentUser currentUser;

  private String id;
  private Details concern;
  private String text;
  private Outcome outcome;
  private Long handOverTo;
  private String handOverReason;
  private List<Choice> workers;

  /** The view action: loads the concern named in the address, or answers 403. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      reload();
    } catch (AccessDenied e) {
      Forms.sendError(403);
    }
  }

  private void reload() {
    concern = reading.details(id, LanguageView.current());
  }

  public boolean allows(String step) {
    return concern != null && concern.allowedSteps().contains(Step.valueOf(step));
  }

  /**
   * Whether the signed-in worker may take this concern from the team's queue: it is open, in the
   * queue, and they are a support worker (a coordinator hands over instead).
   */
  public boolean isTeamQueueForWorker() {
    return concern != null
        && concern.municipality()
        && concern.inTeamQueue()
        && currentUser.hasRole(dk.kk.naboskab.security.Role.SUPPORT_WORKER)
        && concern.status().isOpen();
  }

  /** "Overtag": the concern leaves the team's queue and becomes the worker's. */
  public void takeOver() {
    act("actions", () -> concerns.takeOver(id, concern.version()), "concern.tookOver");
  }

  public void acknowledge() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.ACKNOWLEDGE, null, List.of()),
        "concern.acknowledged");
  }

  public void reply() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.REPLY, text, List.of()),
        "concern.replied");
  }

  public void note() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.NOTE, text, List.of()),
        "concern.noted");
  }

  public void requestInfo() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.REQUEST_INFO, text, List.of()),
        "concern.infoRequested");
  }

  public void provideInfo() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.PROVIDE_INFO, text, List.of()),
        "concern.infoProvided");
  }

  public void confirm() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.CONFIRM, null, List.of()),
        "concern.confirmed");
  }

  public void reopen() {
    act(
        "actions",
        () -> concerns.take(id, concern.version(), Step.REOPEN, text, List.of()),
        "concern.reopened");
  }

  public void resolve() {
    if (outcome == null) {
      Forms.error("resolve", "outcome", "concern.outcome.required", List.of());
      return;
    }
    act(
        "resolve",
        () -> concerns.resolve(id, concern.version(), outcome, text),
        "concern.resolvedDone");
  }

  /** The choice {@code 0} is the unit's housing-social team. */
  public void handOver() {
    if (handOverTo == null) {
      Forms.error("handover", "assignee", "concern.assignee.required", List.of());
      return;
    }
    var worker = handOverTo == TEAM ? null : handOverTo;
    act(
        "handover",
        () -> concerns.handOver(id, concern.version(), worker, handOverReason),
        "concern.handedOver");
  }

  /** The hand-over choice that means the team rather than a worker. */
  public static final long TEAM = 0;

  public long getTeam() {
    return TEAM;
  }

  private void act(String form, Runnable step, String done) {
    try {
      step.run();
      text = null;
      outcome = null;
      handOverReason = null;
      Forms.info(done);
    } catch (RuleViolation e) {
      Forms.error(form, e.field(), e.messageKey(), e.arguments());
    } catch (ConcurrentChange e) {
      Forms.formError(form, "concern.conflict");
    }
    try {
      reload();
    } catch (AccessDenied e) {
      // Handed over out of the worker's sight: the page says so and shows no more of it.
      concern = null;
      Forms.info("concern.goneFromView");
    }
  }

  public List<Choice> getWorkers() {
    if (workers == null) {
      workers = choices.workersToHandOverTo();
    }
    return workers;
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Details getConcern() {
    return concern;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public Long getHandOverTo() {
    return handOverTo;
  }

  public void setHandOverTo(Long handOverTo) {
    this.handOverTo = handOverTo;
  }

  public String getHandOverReason() {
    return handOverReason;
  }

  public void setHandOverReason(String handOverReason) {
    this.handOverReason = handOverReason;
  }
}
