package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.PathwayForms;
import dk.kk.naboskab.pathway.application.Stays;
import dk.kk.naboskab.pathway.domain.Rating;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A resident's page: the counter, the VUM grid, the observations and the requests; shelter staff
 * observe here, case workers ask. A stay the reader does not reach answers 404, like one that does
 * not exist.
 */
@Named
@ViewScoped
public class StayView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String OBSERVE = "observe";
  private static final String ASK = "ask";
  private static final String RECOMMEND = "recommend";
  private static final String MOVE_OUT = "moveOut";
  private static final String APPROVAL = "approval";
  private static final String TAKE = "take";

  @Inject Stays stays;
  @Inject java.time.Clock clock;

  private Long id;
  private Stays.StayPage stay;
  private List<Stays.Choice> themes;

  private Long observeTheme;
  private LocalDate observedOn;
  private Rating rating;
  private String text;
  private Long answers;

  private dk.kk.naboskab.pathway.domain.Outcome outcome;
  private dk.kk.naboskab.pathway.domain.Support support;
  private String justification;
  private LocalDate recommendedOn;
  private List<Long> cited = new java.util.ArrayList<>();
  private LocalDate endedOn;
  private String returnReason;

  private Long askTheme;
  private String question;
  private LocalDate dueOn;

  public void load() {
    if (id == null) {
      Forms.sendError(404);
      return;
    }
    try {
      stay = stays.page(id, locale());
      themes = stays.themeChoices(locale());
    } catch (AccessDenied e) {
      Forms.sendError(404);
    }
  }

  /** Shelter staff: records the observation; the page shows it at once, the form empties. */
  public void observe() {
    var form = new PathwayForms.Observe(observeTheme, observedOn, rating, text, answers);
    if (!Forms.validate(form, OBSERVE)) {
      return;
    }
    try {
      stays.observe(id, form);
      Forms.confirm("observation.done");
      observeTheme = null;
      observedOn = null;
      rating = null;
      text = null;
      answers = null;
      stay = stays.page(id, locale());
    } catch (RuleViolation e) {
      Forms.error(OBSERVE, e.field(), e.messageKey(), e.arguments());
    }
  }

  /** A case worker: sends the request to the shelter. */
  public void ask() {
    var form = new PathwayForms.Ask(askTheme, question, dueOn);
    if (!Forms.validate(form, ASK)) {
      return;
    }
    try {
      stays.ask(id, form);
      Forms.confirm("request.done");
      askTheme = null;
      question = null;
      dueOn = null;
      stay = stays.page(id, locale());
    } catch (RuleViolation e) {
      Forms.error(ASK, e.field(), e.messageKey(), e.arguments());
    }
  }

  /** A case worker: records the recommendation, citing observations. */
  public void recommend() {
    var form =
        new PathwayForms.Recommend(
            outcome,
            outcome == dk.kk.naboskab.pathway.domain.Outcome.OWN_HOME ? support : null,
            justification,
            recommendedOn,
            cited);
    if (Forms.validate(form, RECOMMEND)) {
      act(RECOMMEND, () -> stays.recommend(id, stay.version(), form), "stay.recommend.done");
    }
  }

  /** A case worker: becomes the stay's responsible case worker. */
  public void take() {
    act(TAKE, () -> stays.take(id, stay.version()), "stay.take.done");
  }

  /** The second case worker: approves the recommendation. */
  public void approve() {
    act(APPROVAL, () -> stays.approve(id, stay.version()), "stay.approval.done");
  }

  /** The second case worker: sends the recommendation back, with the reason. */
  public void sendBack() {
    act(
        APPROVAL,
        () -> {
          stays.sendBack(id, stay.version(), returnReason);
          returnReason = null;
        },
        "stay.return.done");
  }

  /** One act on the stay: confirmed and shown, or the refusal on its form, nothing typed lost. */
  private void act(String form, Runnable act, String done) {
    try {
      act.run();
      Forms.confirm(done);
      stay = stays.page(id, locale());
    } catch (RuleViolation e) {
      Forms.error(form, e.field(), e.messageKey(), e.arguments());
    } catch (dk.kk.naboskab.shared.ConcurrentChange e) {
      Forms.formError(form, "stay.conflict");
      stay = stays.page(id, locale());
    }
  }

  /** Shelter staff or the case worker: the citizen has moved out. */
  public void moveOut() {
    act(MOVE_OUT, () -> stays.moveOut(id, stay.version(), endedOn), "stay.moveOut.done");
  }

  public dk.kk.naboskab.pathway.domain.Outcome[] getOutcomes() {
    return dk.kk.naboskab.pathway.domain.Outcome.values();
  }

  public dk.kk.naboskab.pathway.domain.Support[] getSupports() {
    return dk.kk.naboskab.pathway.domain.Support.values();
  }

  public dk.kk.naboskab.pathway.domain.Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(dk.kk.naboskab.pathway.domain.Outcome outcome) {
    this.outcome = outcome;
  }

  public dk.kk.naboskab.pathway.domain.Support getSupport() {
    return support;
  }

  public void setSupport(dk.kk.naboskab.pathway.domain.Support support) {
    this.support = support;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public LocalDate getRecommendedOn() {
    return recommendedOn;
  }

  public void setRecommendedOn(LocalDate recommendedOn) {
    this.recommendedOn = recommendedOn;
  }

  public List<Long> getCited() {
    return cited;
  }

  public void setCited(List<Long> cited) {
    this.cited = cited;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  /** Starts an answer to a request: its theme chosen, the request cited. */
  public void answer(long requestId, long themeId) {
    answers = requestId;
    observeTheme = themeId;
  }

  private static Locale locale() {
    return dk.kk.naboskab.shared.web.LanguageView.current();
  }

  /** Days since the recommendation while the citizen still waits to move out; null otherwise. */
  public Long getDaysWaiting() {
    if (stay == null || stay.recommendation() == null || stay.endedOn() != null) {
      return null;
    }
    return java.time.temporal.ChronoUnit.DAYS.between(
        stay.recommendation().recommendedOn(),
        java.time.LocalDate.now(clock.withZone(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN)));
  }

  public Rating[] getRatings() {
    return Rating.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Stays.StayPage getStay() {
    return stay;
  }

  public List<Stays.Choice> getThemes() {
    return themes;
  }

  /** The open requests a new observation may answer. */
  public List<Stays.RequestView> getOpenRequests() {
    return stay == null ? List.of() : stay.requests().stream().filter(r -> !r.answered()).toList();
  }

  public Long getObserveTheme() {
    return observeTheme;
  }

  public void setObserveTheme(Long observeTheme) {
    this.observeTheme = observeTheme;
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public void setObservedOn(LocalDate observedOn) {
    this.observedOn = observedOn;
  }

  public Rating getRating() {
    return rating;
  }

  public void setRating(Rating rating) {
    this.rating = rating;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getAnswers() {
    return answers;
  }

  public void setAnswers(Long answers) {
    this.answers = answers;
  }

  public Long getAskTheme() {
    return askTheme;
  }

  public void setAskTheme(Long askTheme) {
    this.askTheme = askTheme;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
