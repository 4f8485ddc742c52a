package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Actor;
import dk.kk.naboskab.concern.domain.AttachmentType;
import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernAttachment;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.notify.application.Notifications;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.tenancy.application.Explanation;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantScope;
import dk.kk.naboskab.tenancy.domain.Responsibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Filing concerns and every step on them. Filing routes in the same transaction: the concern is
 * stored already assigned to whoever answers for the tenant at that instant, with the reason in
 * Danish. Every method checks who may do it (through {@link ConcernAccess}) and runs in one
 * transaction: a refused step stores nothing.
 */
@Published("api: file a concern and take the association's steps")
@Stateless
public class ConcernService {
  /** The number of files one filing or step may carry. */
  public static final int MAX_FILES = 5;

  private static final Locale DANISH = Locale.forLanguageTag("da");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject ConcernAccess access;
  @Inject TenancyService tenancy;
  @Inject TenantScope tenantScope;
  @Inject Notifications notifications;
  @Inject TenancyFacts facts;
  @Inject jakarta.enterprise.event.Event<ConcernChanged> changes;

  /**
   * Files a concern for one of the housing officer's own association's referred tenants, routes it
   * and stores its files.
   *
   * @return the concern's public id
   * @throws AccessDenied for anyone but housing staff
   * @throws RuleViolation on {@code tenantId} for a tenant outside the association or no longer
   *     housed, on {@code categoryId} for an unknown or retired category, on {@code attachments}
   *     for a file that is too big or not what its name says
   */
  public String file(@NotNull @Valid FileConcern command, @NotNull List<Upload> uploads) {
    var viewer = access.viewer();
    if (viewer.side() != Viewer.Side.ASSOCIATION) {
      throw new AccessDenied(currentUser.getUsername() + " may not file concerns");
    }
    var now = clock.instant();
    // The tenancy context's one rule for housing staff: their association's, housed today.
    if (!tenantScope.allows(command.tenantId())) {
      throw new RuleViolation("tenantId", "concern.tenant.notOurs");
    }
    var place = facts.placeOf(command.tenantId());
    var category = em.find(Category.class, command.categoryId());
    if (category == null || !category.isActive()) {
      throw new RuleViolation("categoryId", "concern.category.unknown");
    }
    var types = checkUploads(uploads);

    // The tenant is known to exist (placeOf found it): the answer for a list, without checking
    // again.
    var responsibility =
        tenancy.responsibleAt(List.of(place.tenantId()), now).get(place.tenantId());
    Long assignee =
        responsibility instanceof Responsibility.Worker w ? Long.valueOf(w.workerId()) : null;
    var explanation =
        Explanation.of(
            responsibility,
            facts.workerNames(responsibility.workerIds()),
            place.teamName(),
            DANISH);
    var happenedAt =
        command.happenedAt() == null
            ? null
            : command.happenedAt().atZone(ClockProducer.COPENHAGEN).toInstant();
    var concern =
        new Concern(
            new Concern.Filing(
                UUID.randomUUID().toString(),
                place.tenantId(),
                viewer.associationId(),
                place.unitId(),
                category,
                command.urgency(),
                command.description(),
                happenedAt,
                blankToNull(command.location()),
                currentUser.getEmail().orElse(null)),
            actor(),
            now,
            assignee,
            explanation.why());
    em.persist(concern);
    em.flush();
    var events = concern.filingEvents(explanation.who());
    record(events);
    var filed = events.get(0);
    for (var i = 0; i < uploads.size(); i++) {
      store(concern, filed, uploads.get(i), types.get(i), now);
    }
    var link = Recipients.link(concern);
    if (assignee != null) {
      notifications.tell(
          Recipients.worker(facts, assignee), "notify.routed", category.getNameDa(), link);
    } else {
      notifications.tell(
          Recipients.team(facts, concern), "notify.teamQueue", category.getNameDa(), link);
    }
    if (command.urgency() == Urgency.ACUTE) {
      notifications.tell(
          Recipients.team(facts, concern), "notify.acute", category.getNameDa(), link);
    }
    return concern.getPublicId();
  }

  /**
   * Takes a step with optional words: acknowledge, reply, note, request information (the
   * municipality); provide information, confirm, reopen (the association).
   *
   * @throws AccessDenied when the user may not see the concern or is on the wrong side for the step
   * @throws ConcurrentChange when someone acted on the concern since the page was loaded
   * @throws RuleViolation when the status does not allow the step, or the words are missing
   */
  public void take(
      String publicId, int expectedVersion, @NotNull Step step, String text, List<Upload> uploads) {
    var viewer = access.viewer();
    var concern = lockedFor(viewer, publicId, expectedVersion);
    requireSide(viewer, step);
    var now = clock.instant();
    var types = checkUploads(uploads);
    if (step == Step.ACKNOWLEDGE && isTeamQueue(viewer, concern)) {
      // A worker who acknowledges a concern from the team's queue takes it: the team is not left
      // believing nobody has it, and the association learns who does.
      record(List.of(takenBy(viewer, concern, now)));
    }
    var events = concern.take(step, actor(), text, now);
    record(events);
    tellOtherSide(concern, step);
    changed(concern, step, now);
    if (!uploads.isEmpty()) {
      var last = events.get(events.size() - 1);
      for (var i = 0; i < uploads.size(); i++) {
        store(concern, last, uploads.get(i), types.get(i), now);
      }
    }
  }

  /**
   * A worker takes a concern from their unit's team queue ("Overtag"): it becomes theirs, the
   * timeline says so, and the association sees them as the contact person.
   *
   * @throws AccessDenied for anyone but a registered support worker who may see the concern
   * @throws ConcurrentChange when someone acted on the concern since the page was loaded
   * @throws RuleViolation on {@code assignee} when it is no longer in the team's queue
   */
  public void takeOver(String publicId, int expectedVersion) {
    var viewer = access.viewer();
    if (viewer.side() != Viewer.Side.WORKER || viewer.workerId() == null) {
      throw access.refusal("take over concern " + publicId);
    }
    var concern = lockedFor(viewer, publicId, expectedVersion);
    if (!isTeamQueue(viewer, concern)) {
      throw new RuleViolation("assignee", "concern.takeOver.notInQueue");
    }
    record(List.of(takenBy(viewer, concern, clock.instant())));
  }

  private static boolean isTeamQueue(Viewer viewer, Concern concern) {
    return viewer.side() == Viewer.Side.WORKER
        && viewer.workerId() != null
        && concern.getAssigneeWorkerId() == null
        && concern.getUnitId() == viewer.unitId();
  }

  private ConcernEvent takenBy(Viewer viewer, Concern concern, java.time.Instant at) {
    var me =
        facts
            .worker(viewer.workerId())
            .orElseThrow(() -> access.refusal("take over concern " + concern.getPublicId()));
    return concern.handOver(
        me.id(),
        me.name(),
        dk.kk.naboskab.shared.Messages.text(DANISH, "concern.takenOver"),
        actor(),
        at);
  }

  /** Resolves a concern with an outcome and words for the association. */
  public void resolve(String publicId, int expectedVersion, @NotNull Outcome outcome, String text) {
    var viewer = access.viewer();
    var concern = lockedFor(viewer, publicId, expectedVersion);
    requireSide(viewer, Step.RESOLVE);
    var now = clock.instant();
    record(concern.resolve(outcome, text, actor(), now));
    changed(concern, Step.RESOLVE, now);
    notifications.tell(
        Recipients.filer(concern),
        "notify.resolved",
        concern.getCategory().getNameDa(),
        Recipients.link(concern));
  }

  /**
   * Hands the concern to another worker of the same unit, or to the unit's team ({@code workerId}
   * null), with a reason.
   *
   * @throws RuleViolation on {@code assignee} for an unknown or inactive worker or the same one
   */
  public void handOver(String publicId, int expectedVersion, Long workerId, String reason) {
    var viewer = access.viewer();
    var concern = lockedFor(viewer, publicId, expectedVersion);
    requireSide(viewer, Step.HAND_OVER);
    String name;
    if (workerId == null) {
      name = facts.team(concern.getUnitId()).name();
    } else {
      // A hand-over stays within the concern's unit: another unit's worker reads as unknown.
      name =
          facts
              .worker(workerId)
              .filter(w -> w.active() && w.unitId() == concern.getUnitId())
              .map(TenancyFacts.WorkerCard::name)
              .orElseThrow(() -> new RuleViolation("assignee", "concern.assignee.unknown"));
    }
    em.persist(concern.handOver(workerId, name, reason, actor(), clock.instant()));
    notifications.tell(
        workerId == null ? Recipients.team(facts, concern) : Recipients.worker(facts, workerId),
        workerId == null ? "notify.teamQueue" : "notify.handedOver",
        concern.getCategory().getNameDa(),
        Recipients.link(concern));
  }

  /** Tells the other side what happened, when it is something they act on. */
  private void tellOtherSide(Concern concern, Step step) {
    var category = concern.getCategory().getNameDa();
    var link = Recipients.link(concern);
    switch (step) {
      case REPLY -> notifications.tell(Recipients.filer(concern), "notify.replied", category, link);
      case REQUEST_INFO ->
          notifications.tell(Recipients.filer(concern), "notify.infoRequested", category, link);
      case PROVIDE_INFO, REOPEN ->
          notifications.tell(
              concern.getAssigneeWorkerId() == null
                  ? Recipients.team(facts, concern)
                  : Recipients.worker(facts, concern.getAssigneeWorkerId()),
              step == Step.REOPEN ? "notify.reopened" : "notify.infoProvided",
              category,
              link);
      default -> {}
    }
  }

  /** Tells the association's system, through an observer in the same transaction (webhooks). */
  private void changed(Concern concern, Step step, java.time.Instant at) {
    var what =
        switch (step) {
          case ACKNOWLEDGE -> ConcernChanged.What.ACKNOWLEDGED;
          case REPLY -> ConcernChanged.What.REPLIED;
          case REQUEST_INFO -> ConcernChanged.What.INFORMATION_REQUESTED;
          case RESOLVE -> ConcernChanged.What.RESOLVED;
          default -> null;
        };
    if (what != null) {
      changes.fire(new ConcernChanged(concern.getPublicId(), concern.getAssociationId(), what, at));
    }
  }

  /**
   * Stores events in the order they happened: one insert each, so their ids — the timeline's order
   * within the same instant — follow the list (the persistence provider may otherwise reorder).
   */
  private void record(List<ConcernEvent> events) {
    for (var event : events) {
      em.persist(event);
      em.flush();
    }
  }

  private Concern lockedFor(Viewer viewer, String publicId, int expectedVersion) {
    // Read fresh and locked in one statement; the rule is asked of what was read.
    var concern = access.requireLocked(viewer, publicId);
    if (concern.getVersion() != expectedVersion) {
      throw new ConcurrentChange("concern " + publicId);
    }
    em.lock(concern, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    return concern;
  }

  private void requireSide(Viewer viewer, Step step) {
    var association = viewer.side() == Viewer.Side.ASSOCIATION;
    if (association != (step.side() == Step.Side.ASSOCIATION)) {
      throw new AccessDenied(currentUser.getUsername() + " may not " + step + " a concern");
    }
  }

  /** A file as it will be stored: its type, and its content cleaned (images re-drawn). */
  private record Checked(AttachmentType type, byte[] content) {}

  /**
   * Every file checked and cleaned before anything is stored: one that is refused refuses the whole
   * step.
   */
  private List<Checked> checkUploads(List<Upload> uploads) {
    if (uploads.size() > MAX_FILES) {
      throw new RuleViolation("attachments", "attachment.tooMany", MAX_FILES);
    }
    return uploads.stream()
        .map(
            u -> {
              var type = AttachmentType.check(u.fileName(), u.content());
              return new Checked(type, type.clean(u.fileName(), u.content()));
            })
        .toList();
  }

  private void store(
      Concern concern, ConcernEvent event, Upload upload, Checked checked, java.time.Instant at) {
    em.persist(
        new ConcernAttachment(
            UUID.randomUUID().toString(),
            concern.getId(),
            event.getId(),
            upload.fileName(),
            checked.type(),
            checked.content(),
            sha256(checked.content()),
            at));
  }

  private Actor actor() {
    return new Actor(currentUser.getUsername(), currentUser.getDisplayName());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
