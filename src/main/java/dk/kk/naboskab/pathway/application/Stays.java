package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.pathway.domain.CaseWorker;
import dk.kk.naboskab.pathway.domain.Clarification;
import dk.kk.naboskab.pathway.domain.DocumentationRequest;
import dk.kk.naboskab.pathway.domain.Observation;
import dk.kk.naboskab.pathway.domain.Rating;
import dk.kk.naboskab.pathway.domain.Shelter;
import dk.kk.naboskab.pathway.domain.Stay;
import dk.kk.naboskab.pathway.domain.StayStatus;
import dk.kk.naboskab.pathway.domain.VumTheme;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A shelter's residents on the pathway: the intake, the list with each stay's counter, one
 * resident's page — the VUM grid, the observations, the requests — and the two acts that build on
 * each other: shelter staff observe, case workers ask. Who reaches which stay is {@link
 * PathwayScope}'s one rule; every read of a resident is a row in the read log.
 */
@Stateless
// Reads run without a transaction of their own (a page's reads are single statements); the acts
// below ask for one.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Stays {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject PathwayScope scope;
  @Inject CprCipher cprCipher;
  @Inject Clock clock;
  @Inject AuditLog auditLog;

  /** Which stays a list shows. */
  public enum Show {
    OPEN,
    ALL
  }

  /** A resident in a list, with the stay's counter. */
  public record StayRow(
      long id,
      String name,
      String shelter,
      LocalDate intakeDate,
      StayStatus status,
      String caseWorker,
      Clarification counter,
      long openRequests,
      long overdueRequests)
      implements java.io.Serializable {}

  /** One VUM theme on a resident's page: what is documented, how recently, what is missing. */
  public record ThemeCell(
      long themeId,
      String theme,
      long observations,
      LocalDate latest,
      Rating latestRating,
      long openRequests)
      implements java.io.Serializable {
    public boolean isMissing() {
      return observations == 0;
    }
  }

  /** An observation as the resident's page shows it. */
  public record ObservationView(
      long id,
      String theme,
      LocalDate observedOn,
      Rating rating,
      String text,
      String recordedBy,
      Long requestId)
      implements java.io.Serializable {}

  /** A documentation request as both sides see it. */
  public record RequestView(
      long id,
      long stayId,
      String resident,
      long themeId,
      String theme,
      String question,
      LocalDate dueOn,
      String askedBy,
      boolean answered,
      boolean overdue)
      implements java.io.Serializable {}

  /** One resident's page. */
  public record StayPage(
      long id,
      int version,
      String name,
      String shelter,
      LocalDate intakeDate,
      StayStatus status,
      String caseWorker,
      Clarification counter,
      List<ThemeCell> grid,
      List<ObservationView> observations,
      List<RequestView> requests,
      boolean mayObserve,
      boolean mayAsk,
      Recommendation recommendation,
      Returned returned,
      LocalDate endedOn,
      boolean becameTenant,
      boolean mayTake,
      boolean mayApprove)
      implements java.io.Serializable {
    /** Whether the case worker may record the recommendation now. */
    public boolean mayRecommend() {
      return mayAsk && recommendation == null;
    }

    /** Whether the reader may record the move-out now. */
    public boolean mayMoveOut() {
      return (mayAsk || mayObserve) && endedOn == null;
    }
  }

  /** The recommendation as the resident's page shows it. */
  public record Recommendation(
      dk.kk.naboskab.pathway.domain.Outcome outcome,
      dk.kk.naboskab.pathway.domain.Support support,
      String justification,
      LocalDate recommendedOn,
      String recommendedBy,
      List<Long> cited,
      String approvedBy,
      java.time.Instant approvedAt,
      boolean awaitingApproval)
      implements java.io.Serializable {}

  /** The last recommendation, sent back by the second case worker: who, when and why. */
  public record Returned(String by, java.time.Instant at, String reason)
      implements java.io.Serializable {}

  /** A recommendation waiting for the reader's approval (a case worker's start page). */
  public record AwaitingApproval(
      long stayId,
      String resident,
      String shelter,
      LocalDate recommendedOn,
      dk.kk.naboskab.pathway.domain.Outcome outcome,
      String recommendedBy)
      implements java.io.Serializable {}

  /** A choice in a form. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /**
   * Records an intake: the citizen's stay begins at the shelter.
   *
   * @throws RuleViolation on {@code cpr} for a malformed number or one already staying at a shelter
   *     (this or another), on {@code intakeDate} in the future, on {@code shelterId} for a shelter
   *     the case worker is not outposted to
   * @throws AccessDenied for anyone but shelter staff and case workers with a shelter
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Stay intake(@NotNull @Valid PathwayForms.Intake form) {
    currentUser.require(Role.SHELTER_STAFF, Role.CASE_WORKER);
    if (!scope.reachesAny()) {
      throw scope.refusal("an intake");
    }
    var shelterId =
        scope.kind() == PathwayScope.Kind.SHELTER
            ? scope.shelterId().orElseThrow()
            : form.shelterId();
    if (shelterId == null) {
      throw new RuleViolation("shelterId", "stay.shelter.required");
    }
    if (!scope.shelterIds().contains(shelterId)) {
      throw new RuleViolation("shelterId", "stay.shelter.notYours");
    }
    var cpr = CprNumber.parse(form.cpr());
    if (!em.createNamedQuery(Stay.OPEN_BY_CPR_INDEX, Stay.class)
        .setParameter("indexes", cprCipher.indexes(cpr))
        .getResultList()
        .isEmpty()) {
      throw new RuleViolation("cpr", "stay.cpr.alreadyStaying");
    }
    CaseWorker caseWorker =
        form.caseWorkerId() != null
            ? em.find(CaseWorker.class, form.caseWorkerId())
            : scope.caseWorker().orElse(null);
    if (form.caseWorkerId() != null && caseWorker == null) {
      throw new RuleViolation("caseWorkerId", "stay.caseWorker.unknown");
    }
    var index = cprCipher.index(cpr);
    var stay =
        new Stay(
            em.find(Shelter.class, shelterId),
            form.firstName(),
            form.lastName(),
            index,
            form.intakeDate(),
            caseWorker,
            null,
            today(),
            clock.instant(),
            currentUser.getUsername());
    em.persist(stay);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException twoAtOnce) {
      // Two intakes of one person at once: the unique key on the open stay refuses the second.
      throw new RuleViolation("cpr", "stay.cpr.alreadyStaying");
    }
    stay.encryptedCpr(cprCipher.encrypt(cpr, "stay", stay.getId()), index);
    return stay;
  }

  /** A page of the residents the user reaches, newest intake first. */
  public List<StayRow> list(Show show, int first, int size) {
    requireReach();
    var today = today();
    var target = targetDays();
    var stays =
        scope
            .bind(
                em.createQuery(
                    "select s from Stay s join fetch s.shelter left join fetch s.caseWorker where "
                        + scope.where("s")
                        + (show == Show.OPEN ? " and s.endedOn is null" : "")
                        + " order by s.intakeDate desc, s.id desc",
                    Stay.class))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    // The page's open and overdue requests, in one query for all its rows.
    var open = new HashMap<Long, long[]>();
    if (!stays.isEmpty()) {
      em.createQuery(
              """
              select r.stay.id, count(r), sum(case when r.dueOn < :today then 1 else 0 end)
              from DocumentationRequest r
              where r.stay.id in :ids and r.answeredAt is null
              group by r.stay.id""",
              Object[].class)
          .setParameter("today", today)
          .setParameter("ids", stays.stream().map(Stay::getId).toList())
          .getResultList()
          .forEach(
              r ->
                  open.put(
                      ((Number) r[0]).longValue(),
                      new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
    }
    var list = new ArrayList<StayRow>();
    for (var s : stays) {
      var requests = open.getOrDefault(s.getId(), new long[2]);
      list.add(
          new StayRow(
              s.getId(),
              s.getName(),
              s.getShelter().getName(),
              s.getIntakeDate(),
              s.getStatus(),
              s.getCaseWorker() == null ? null : s.getCaseWorker().getName(),
              s.clarification(today, target),
              requests[0],
              requests[1]));
    }
    return list;
  }

  /** How many residents {@link #list} would show in all. */
  public long count(Show show) {
    requireReach();
    return scope
        .bind(
            em.createQuery(
                "select count(s) from Stay s where "
                    + scope.where("s")
                    + (show == Show.OPEN ? " and s.endedOn is null" : ""),
                Long.class))
        .getSingleResult();
  }

  /**
   * One resident's page, logged as read.
   *
   * @throws AccessDenied for a stay the user does not reach, exactly as for one that does not exist
   */
  public StayPage page(long stayId, Locale locale) {
    scope.require(stayId);
    var stay =
        em.createQuery(
                "select s from Stay s join fetch s.shelter left join fetch s.caseWorker"
                    + " where s.id = :id",
                Stay.class)
            .setParameter("id", stayId)
            .getSingleResult();
    auditLog.read(AuditEvent.Action.READ_STAY, "stay " + stayId, AuditEvent.Outcome.SHOWN);
    var today = today();
    var themes = themes();
    var observations =
        em.createQuery(
                "select o from Observation o where o.stay.id = :stay"
                    + " order by o.observedOn desc, o.id desc",
                Observation.class)
            .setParameter("stay", stayId)
            .getResultList();
    var requests = requestsOf(List.of(stayId), false, locale);
    var grid = new ArrayList<ThemeCell>();
    for (var theme : themes) {
      var of =
          observations.stream().filter(o -> o.getTheme().getId().equals(theme.getId())).toList();
      grid.add(
          new ThemeCell(
              theme.getId(),
              theme.name(locale),
              of.size(),
              of.isEmpty() ? null : of.get(0).getObservedOn(),
              of.isEmpty() ? null : of.get(0).getRating(),
              requests.stream()
                  .filter(r -> r.themeId() == theme.getId() && !r.answered())
                  .count()));
    }
    var names = new HashMap<Long, String>();
    themes.forEach(t -> names.put(t.getId(), t.name(locale)));
    var caseWorkerActs = stay.getStatus().isOpen() && currentUser.hasRole(Role.CASE_WORKER);
    var me = caseWorkerActs ? scope.caseWorker() : java.util.Optional.<CaseWorker>empty();
    var approvalRequired = approvalRequired();
    return new StayPage(
        stay.getId(),
        stay.getVersion(),
        stay.getName(),
        stay.getShelter().getName(),
        stay.getIntakeDate(),
        stay.getStatus(),
        stay.getCaseWorker() == null ? null : stay.getCaseWorker().getName(),
        stay.clarification(today, targetDays()),
        grid,
        observations.stream()
            .map(
                o ->
                    new ObservationView(
                        o.getId(),
                        names.get(o.getTheme().getId()),
                        o.getObservedOn(),
                        o.getRating(),
                        o.getText(),
                        o.getRecordedBy(),
                        o.getRequestId()))
            .toList(),
        requests,
        stay.getStatus().isOpen() && currentUser.hasRole(Role.SHELTER_STAFF),
        stay.getStatus().isOpen() && currentUser.hasRole(Role.CASE_WORKER),
        stay.getOutcome() == null
            ? null
            : new Recommendation(
                stay.getOutcome(),
                stay.getSupport(),
                stay.getJustification(),
                stay.getRecommendedOn(),
                stay.getRecommendedBy(),
                citedBy(stayId),
                stay.getApprovedBy(),
                stay.getApprovedAt(),
                approvalRequired && stay.awaitsApproval()),
        stay.getReturnedBy() == null || stay.getStatus() == StayStatus.RECOMMENDED
            ? null
            : new Returned(stay.getReturnedBy(), stay.getReturnedAt(), stay.getReturnReason()),
        stay.getEndedOn(),
        stay.getTenantId() != null,
        me.isPresent()
            && (stay.getCaseWorker() == null
                || !stay.getCaseWorker().getId().equals(me.get().getId())),
        caseWorkerActs
            && approvalRequired
            && stay.awaitsApproval()
            && !currentUser.getUsername().equals(stay.getRecommendedBy()));
  }

  /**
   * Shelter staff record what they observed.
   *
   * @throws RuleViolation on {@code stay} when the stay has ended, on {@code observedOn} outside
   *     the stay, on {@code request} for a request of another stay
   * @throws AccessDenied for anyone but the resident's shelter's staff
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Observation observe(long stayId, @NotNull @Valid PathwayForms.Observe form) {
    currentUser.require(Role.SHELTER_STAFF);
    scope.require(stayId);
    var stay = em.find(Stay.class, stayId);
    var request =
        form.requestId() == null ? null : em.find(DocumentationRequest.class, form.requestId());
    if (form.requestId() != null && request == null) {
      throw new RuleViolation("request", "observation.request.otherStay");
    }
    var observation =
        new Observation(
            stay,
            theme(form.themeId()),
            form.observedOn(),
            form.rating(),
            form.text(),
            request,
            today(),
            clock.instant(),
            currentUser.getUsername());
    em.persist(observation);
    return observation;
  }

  /**
   * A case worker asks the shelter to document something more closely.
   *
   * @throws RuleViolation on {@code dueOn} in the past, on {@code stay} when it has ended
   * @throws AccessDenied for anyone but a case worker who reaches the stay
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public DocumentationRequest ask(long stayId, @NotNull @Valid PathwayForms.Ask form) {
    currentUser.require(Role.CASE_WORKER);
    scope.require(stayId);
    var stay = em.find(Stay.class, stayId);
    scope
        .caseWorker()
        .map(w -> em.getReference(CaseWorker.class, w.getId()))
        .ifPresent(stay::actedOnBy);
    var request =
        new DocumentationRequest(
            stay,
            theme(form.themeId()),
            form.question(),
            form.dueOn(),
            today(),
            clock.instant(),
            currentUser.getUsername());
    em.persist(request);
    return request;
  }

  /**
   * The case worker's recommendation, citing the observations it builds on.
   *
   * @throws RuleViolation on {@code cited} without an observation or with another stay's, on the
   *     recommendation's own fields ({@link Stay#recommend})
   * @throws dk.kk.naboskab.shared.ConcurrentChange when the stay changed since the page was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void recommend(long stayId, int version, @NotNull @Valid PathwayForms.Recommend form) {
    currentUser.require(Role.CASE_WORKER);
    scope.require(stayId);
    var stay = current(stayId, version);
    var cited =
        form.cited() == null ? List.<Long>of() : List.copyOf(new java.util.TreeSet<>(form.cited()));
    if (cited.isEmpty()) {
      throw new RuleViolation("cited", "stay.cited.required");
    }
    var found =
        em.createQuery(
                "select count(o) from Observation o where o.id in :ids and o.stay.id = :stay",
                Long.class)
            .setParameter("ids", cited)
            .setParameter("stay", stayId)
            .getSingleResult();
    if (found != cited.size()) {
      throw new RuleViolation("cited", "observation.request.otherStay");
    }
    scope
        .caseWorker()
        .map(w -> em.getReference(CaseWorker.class, w.getId()))
        .ifPresent(stay::actedOnBy);
    stay.recommend(
        form.outcome(),
        form.support(),
        form.justification(),
        form.recommendedOn(),
        currentUser.getUsername(),
        today());
    // All the citations in one statement, however many.
    var insert =
        em.createNativeQuery(
            "insert into recommendation_citation (stay_id, observation_id) values "
                + String.join(", ", java.util.Collections.nCopies(cited.size(), "(?, ?)")));
    var parameter = 1;
    for (var observation : cited) {
      insert.setParameter(parameter++, stayId);
      insert.setParameter(parameter++, observation);
    }
    insert.executeUpdate();
  }

  /**
   * A second case worker approves the recommendation (where the setting asks for one): from then on
   * a citizen recommended for their own home waits for a flat.
   *
   * @throws RuleViolation on {@code approval} when the setting asks for no approval, when there is
   *     nothing to approve, by the recommendation's own author
   * @throws AccessDenied for anyone but a case worker who reaches the stay
   * @throws dk.kk.naboskab.shared.ConcurrentChange when the stay changed since the page was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void approve(long stayId, int version) {
    currentUser.require(Role.CASE_WORKER);
    scope.require(stayId);
    requireApprovalAsked();
    current(stayId, version).approve(currentUser.getUsername(), clock.instant());
  }

  /**
   * The second case worker sends the recommendation back with a reason: it is cleared with its
   * citations, and the stay is as it was before it until the next recommendation.
   *
   * @throws RuleViolation on {@code returnReason} when blank, on {@code approval} as {@link
   *     #approve}
   * @throws AccessDenied for anyone but a case worker who reaches the stay
   * @throws dk.kk.naboskab.shared.ConcurrentChange when the stay changed since the page was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void sendBack(long stayId, int version, String reason) {
    currentUser.require(Role.CASE_WORKER);
    scope.require(stayId);
    requireApprovalAsked();
    current(stayId, version).sendBack(currentUser.getUsername(), reason, clock.instant());
    em.createNativeQuery("delete from recommendation_citation where stay_id = ?1")
        .setParameter(1, stayId)
        .executeUpdate();
  }

  /**
   * A case worker takes the case: they become the stay's responsible case worker (a shelter's
   * intake has none until then; a colleague's case is taken over).
   *
   * @throws RuleViolation on {@code caseWorker} when it is theirs already, on {@code stay} once the
   *     citizen has moved out
   * @throws AccessDenied for anyone but a case worker outposted to the stay's shelter
   * @throws dk.kk.naboskab.shared.ConcurrentChange when the stay changed since the page was loaded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void take(long stayId, int version) {
    currentUser.require(Role.CASE_WORKER);
    scope.require(stayId);
    var me = scope.caseWorker().orElseThrow(() -> scope.refusal("taking stay " + stayId));
    current(stayId, version).takenBy(em.getReference(CaseWorker.class, me.getId()));
  }

  /**
   * A case worker's recommendations to approve: their shelters' residents recommended by a
   * colleague and not yet approved, oldest first; empty where the setting asks for no approval.
   */
  public List<AwaitingApproval> awaitingMyApproval() {
    if (!approvalRequired() || scope.kind() != PathwayScope.Kind.CASE_WORKER) {
      return List.of();
    }
    return scope
        .bind(
            em.createQuery(
                "select s from Stay s join fetch s.shelter where "
                    + scope.where("s")
                    + " and s.status = :recommended and s.approvedBy is null"
                    + " and s.tenantId is null and s.recommendedBy <> :me"
                    + " order by s.recommendedOn, s.id",
                Stay.class))
        .setParameter("recommended", StayStatus.RECOMMENDED)
        .setParameter("me", currentUser.getUsername())
        .getResultList()
        .stream()
        .map(
            s ->
                new AwaitingApproval(
                    s.getId(),
                    s.getName(),
                    s.getShelter().getName(),
                    s.getRecommendedOn(),
                    s.getOutcome(),
                    s.getRecommendedBy()))
        .toList();
  }

  /** Whether a recommendation needs a second case worker's approval (the setting). */
  public static boolean approvalRequired() {
    return Boolean.parseBoolean(Setting.PATHWAY_SECOND_APPROVAL.value());
  }

  private static void requireApprovalAsked() {
    if (!approvalRequired()) {
      throw new RuleViolation("approval", "stay.approval.notAsked");
    }
  }

  /**
   * The citizen has left the shelter.
   *
   * @throws RuleViolation on {@code endedOn} outside the stay or when it has already ended
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void moveOut(long stayId, int version, LocalDate day) {
    currentUser.require(Role.SHELTER_STAFF, Role.CASE_WORKER);
    scope.require(stayId);
    current(stayId, version).moveOut(day, today());
  }

  private List<Long> citedBy(long stayId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select observation_id from recommendation_citation where stay_id = ?1"
                    + " order by observation_id")
            .setParameter(1, stayId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private Stay current(long stayId, int version) {
    var stay = em.find(Stay.class, stayId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (stay.getVersion() != version) {
      throw new dk.kk.naboskab.shared.ConcurrentChange("stay " + stayId);
    }
    return stay;
  }

  /**
   * The open documentation requests on the user's residents, oldest due first — both sides' start
   * pages.
   */
  public List<RequestView> openRequests(Locale locale) {
    if (!scope.reachesAny() || scope.kind() == PathwayScope.Kind.COORDINATOR) {
      return List.of();
    }
    return requestsOf(null, true, locale);
  }

  private List<RequestView> requestsOf(List<Long> stayIds, boolean openOnly, Locale locale) {
    var today = today();
    var query =
        em.createQuery(
            "select r from DocumentationRequest r join fetch r.stay s join fetch r.theme where "
                + (stayIds != null ? "s.id in :stays" : scope.where("s") + " and s.endedOn is null")
                + (openOnly ? " and r.answeredAt is null" : "")
                + " order by r.dueOn, r.id",
            DocumentationRequest.class);
    if (stayIds != null) {
      query.setParameter("stays", stayIds);
    } else {
      scope.bind(query);
    }
    return query.getResultList().stream()
        .map(
            r ->
                new RequestView(
                    r.getId(),
                    r.getStay().getId(),
                    r.getStay().getName(),
                    r.getTheme().getId(),
                    r.getTheme().name(locale),
                    r.getQuestion(),
                    r.getDueOn(),
                    r.getAskedBy(),
                    r.getAnsweredAt() != null,
                    r.isOverdue(today)))
        .toList();
  }

  /** The VUM themes in use, in their order. */
  public List<VumTheme> themes() {
    return em.createQuery(
            "select t from VumTheme t where t.active = true order by t.sortOrder", VumTheme.class)
        .setHint("eclipselink.query-results-cache", "true")
        .getResultList();
  }

  /** The themes as a form offers them. */
  public List<Choice> themeChoices(Locale locale) {
    return themes().stream().map(t -> new Choice(t.getId(), t.name(locale))).toList();
  }

  /**
   * The shelters the user works with — their own, or those they are outposted to: where they record
   * intakes and hold the weekly reviews.
   */
  public List<Choice> myShelters() {
    currentUser.require(Role.SHELTER_STAFF, Role.CASE_WORKER);
    var ids = scope.shelterIds();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery("select s from Shelter s where s.id in :ids order by s.name", Shelter.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(s -> new Choice(s.getId(), s.getName()))
        .toList();
  }

  private VumTheme theme(long id) {
    var theme = em.find(VumTheme.class, id);
    if (theme == null || !theme.isActive()) {
      throw new RuleViolation("themeId", "observation.theme.required");
    }
    return theme;
  }

  private void requireReach() {
    if (!scope.reachesAny()) {
      throw scope.refusal("a list of stays");
    }
  }

  private int targetDays() {
    return Integer.parseInt(Setting.PATHWAY_CLARIFICATION_DAYS.value());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
