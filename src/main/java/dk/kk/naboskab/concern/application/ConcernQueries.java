package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernAttachment;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.concern.domain.Lifecycle;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each side may read of concerns: the worker's inbox and the association's list (filtered,
 * counted and paged in the database), one concern with its timeline, and its files. The
 * association's reading never includes internal notes, hand-overs, the routing's reasons or files
 * that came with them.
 */
@Stateless
public class ConcernQueries {
  private static final Set<ConcernStatus> OPEN = ConcernStatus.open();

  @PersistenceContext EntityManager em;
  @Inject ConcernAccess access;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject ClockSettings clockSettings;
  @Inject TenantDirectory tenants;
  @Inject dk.kk.naboskab.tenancy.application.TenancyFacts facts;

  /** The inbox's queues. */
  public enum Scope {
    /** Routed to me. */
    MINE,
    /** Routed to workers I stand in for today. */
    STANDING_IN,
    /** The team queue: routed to nobody in particular, in my unit. */
    TEAM,
    /** Coordinators: everything in their unit. */
    ALL
  }

  /** Which concerns a list shows. */
  public enum Show {
    OPEN,
    DONE,
    EVERY
  }

  /** One row of a list. */
  public record Row(
      String publicId,
      int version,
      Urgency urgency,
      Instant filedAt,
      String tenantName,
      String address,
      String association,
      String category,
      ConcernStatus status,
      String assignee,
      ClockView clock,
      boolean escalated) {}

  /** A file, for the list under its event. */
  public record File(String publicId, String fileName, int sizeBytes, String contentType) {}

  /** One line of the timeline as the reader may see it. */
  public record Entry(
      Instant occurredAt,
      String actorName,
      ConcernEvent.Kind kind,
      String text,
      String assigneeName,
      Outcome outcome,
      List<File> files) {}

  /** One concern as the reader may see it. The routing's reasons only for the municipality. */
  public record Details(
      String publicId,
      int version,
      boolean municipality,
      String tenantName,
      String address,
      String department,
      String association,
      String category,
      String vumTheme,
      Urgency urgency,
      ConcernStatus status,
      String filedByName,
      Instant filedAt,
      Instant happenedAt,
      String location,
      String description,
      String assignee,
      boolean inTeamQueue,
      String routeExplanation,
      Outcome outcome,
      List<Entry> timeline,
      Set<Step> allowedSteps,
      List<ClockView> clocks) {}

  /** A file to download. */
  public record Download(String fileName, String contentType, byte[] content) {}

  /** A choice for a form. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  public List<Row> inbox(
      Scope scope, Show show, Urgency urgency, int first, int size, Locale locale) {
    return inboxCondition(inboxViewer(), scope)
        .map(where -> rows(where.and(filters(show, urgency)), first, size, locale))
        .orElse(List.of());
  }

  public long countInbox(Scope scope, Show show, Urgency urgency) {
    return inboxCondition(inboxViewer(), scope)
        .map(where -> count(where.and(filters(show, urgency))))
        .orElse(0L);
  }

  /** How many open concerns each of the viewer's queues holds. */
  public Map<Scope, Long> openCounts() {
    var viewer = inboxViewer();
    var counts = new java.util.EnumMap<Scope, Long>(Scope.class);
    for (var scope : scopes()) {
      counts.put(
          scope,
          inboxCondition(viewer, scope)
              .map(where -> count(where.and(filters(Show.OPEN, null))))
              .orElse(0L));
    }
    return counts;
  }

  /** The queues the viewer has. */
  public List<Scope> scopes() {
    var viewer = inboxViewer();
    return viewer.side() == Viewer.Side.COORDINATOR
        ? List.of(Scope.TEAM, Scope.ALL)
        : List.of(Scope.MINE, Scope.STANDING_IN, Scope.TEAM);
  }

  /** Housing staff: their association's concerns. */
  public List<Row> ours(Show show, int first, int size, Locale locale) {
    return visible(associationViewer())
        .map(where -> rows(where.and(filters(show, null)), first, size, locale))
        .orElse(List.of());
  }

  public long countOurs(Show show) {
    return visible(associationViewer())
        .map(where -> count(where.and(filters(show, null))))
        .orElse(0L);
  }

  private Viewer inboxViewer() {
    var viewer = access.viewer();
    if (viewer.side() != Viewer.Side.WORKER && viewer.side() != Viewer.Side.COORDINATOR) {
      if (viewer.side() == Viewer.Side.NONE
          && currentUser.hasRole(dk.kk.naboskab.security.Role.SUPPORT_WORKER)) {
        return viewer;
      }
      throw new AccessDenied(currentUser.getUsername() + " has no inbox");
    }
    return viewer;
  }

  private Viewer associationViewer() {
    var viewer = access.viewer();
    if (viewer.side() != Viewer.Side.ASSOCIATION) {
      throw new AccessDenied(currentUser.getUsername() + " has no association");
    }
    return viewer;
  }

  /** What the viewer may see at all: the one rule ({@link ConcernVisibility}). */
  private static java.util.Optional<ConcernVisibility.Condition> visible(Viewer viewer) {
    return viewer.visibility().condition();
  }

  /**
   * One queue of the inbox, always within what the viewer may see: the queue's own condition and
   * the visibility rule, both.
   */
  private static java.util.Optional<ConcernVisibility.Condition> inboxCondition(
      Viewer viewer, Scope scope) {
    var queue = viewer.queue(scope);
    return queue.flatMap(q -> visible(viewer).map(v -> q.condition().and(v)));
  }

  private List<Row> rows(ConcernVisibility.Condition where, int first, int size, Locale locale) {
    var jpql =
        """
        select c from Concern c
        where %s
        order by c.filedAt desc, c.id desc"""
            .formatted(where.jpql());
    var concerns =
        where
            .bind(em.createQuery(jpql, Concern.class))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    // Who and where the tenants are comes from tenancy, for the page's rows in one query.
    var tenantCards =
        facts.tenants(concerns.stream().map(Concern::getTenantId).collect(Collectors.toSet()));
    var names = assigneeNames(concerns);
    var timelines = ConcernClocks.timelines(em, concerns);
    var escalated = escalated(concerns);
    var now = clock.instant();
    return concerns.stream()
        .map(
            c -> {
              var tenant = tenantCards.get(c.getTenantId());
              return new Row(
                  c.getPublicId(),
                  c.getVersion(),
                  c.getUrgency(),
                  c.getFiledAt(),
                  tenant.name(),
                  tenant.address(),
                  tenant.association(),
                  c.getCategory().name(locale),
                  c.statusAt(now),
                  names.get(c.getId()),
                  ConcernClocks.mostPressing(
                      ConcernClocks.read(
                          c,
                          timelines.getOrDefault(c.getId(), List.of()),
                          clockSettings.policy(),
                          clockSettings.calendar(),
                          now)),
                  escalated.contains(c.getId()) && c.getStatus().isOpen());
            })
        .toList();
  }

  /** Which of the concerns had a clock escalated (100 %), from the escalation's own record. */
  private java.util.Set<Long> escalated(List<Concern> concerns) {
    if (concerns.isEmpty()) {
      return java.util.Set.of();
    }
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                // Ids are numbers from the database, safe to write into the statement.
                "select distinct concern_id from clock_alert where level = 'OVERDUE'"
                    + " and concern_id in ("
                    + concerns.stream()
                        .map(c -> String.valueOf(c.getId()))
                        .collect(java.util.stream.Collectors.joining(","))
                    + ")")
            .getResultList();
    return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
  }

  private long count(ConcernVisibility.Condition where) {
    var jpql = "select count(c) from Concern c where " + where.jpql();
    return where.bind(em.createQuery(jpql, Long.class)).getSingleResult();
  }

  /** The list's own filters: open or done, and one urgency. */
  private static List<ConcernVisibility.Condition> filters(Show show, Urgency urgency) {
    var filters = new java.util.ArrayList<ConcernVisibility.Condition>();
    switch (show) {
      case OPEN ->
          filters.add(new ConcernVisibility.Condition("c.status in :open", Map.of("open", OPEN)));
      case DONE ->
          filters.add(
              new ConcernVisibility.Condition("c.status not in :open", Map.of("open", OPEN)));
      case EVERY -> {}
    }
    if (urgency != null) {
      filters.add(
          new ConcernVisibility.Condition("c.urgency = :urgency", Map.of("urgency", urgency)));
    }
    return filters;
  }

  /** Each concern's assignee: the worker's name, or the unit's team. */
  private Map<Long, String> assigneeNames(List<Concern> concerns) {
    var workerIds =
        concerns.stream()
            .map(Concern::getAssigneeWorkerId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    var workers = facts.workerNames(workerIds);
    var teams = new HashMap<Long, String>();
    var names = new HashMap<Long, String>();
    for (var c : concerns) {
      names.put(
          c.getId(),
          c.getAssigneeWorkerId() != null
              ? workers.get(c.getAssigneeWorkerId())
              : teams.computeIfAbsent(c.getUnitId(), id -> facts.team(id).name()));
    }
    return names;
  }

  /**
   * One concern as the signed-in user may see it.
   *
   * @throws AccessDenied for one they may not see, exactly as for one that does not exist
   */
  public Details details(String publicId, Locale locale) {
    var viewer = access.viewer();
    var concern = access.require(viewer, publicId);
    var municipality = viewer.side() != Viewer.Side.ASSOCIATION;
    var tenant = facts.tenant(concern.getTenantId());
    var timeline =
        em.createNamedQuery(ConcernEvent.OF_CONCERN, ConcernEvent.class)
            .setParameter("concern", concern.getId())
            .getResultList();
    // The association's reading is the events marked for it — never a note or a hand-over.
    var events =
        municipality
            ? timeline
            : timeline.stream().filter(ConcernEvent::isVisibleToAssociation).toList();
    var files = filesByEvent(concern, events);
    var now = clock.instant();
    var side = municipality ? Step.Side.MUNICIPALITY : Step.Side.ASSOCIATION;
    var allowed = EnumSet.noneOf(Step.class);
    Lifecycle.allowed(concern.getStatus(), concern.getResolvedAt(), now).stream()
        .filter(s -> s.side() == side)
        .forEach(allowed::add);
    return new Details(
        concern.getPublicId(),
        concern.getVersion(),
        municipality,
        tenant.name(),
        tenant.address(),
        tenant.department(),
        tenant.association(),
        concern.getCategory().name(locale),
        municipality ? concern.getCategory().getVumTheme() : null,
        concern.getUrgency(),
        concern.statusAt(now),
        concern.getFiledByName(),
        concern.getFiledAt(),
        concern.getHappenedAt(),
        concern.getLocation(),
        concern.getDescription(),
        assigneeNames(List.of(concern)).get(concern.getId()),
        concern.getAssigneeWorkerId() == null,
        municipality ? concern.getRouteExplanation() : null,
        concern.getOutcome(),
        events.stream()
            .map(
                e ->
                    new Entry(
                        e.getOccurredAt(),
                        e.getActorName(),
                        e.getKind(),
                        e.getKind() == ConcernEvent.Kind.FILED ? null : e.getText(),
                        municipality ? e.getAssigneeName() : null,
                        e.getOutcome(),
                        files.getOrDefault(e.getId(), List.of())))
            .toList(),
        allowed,
        ConcernClocks.read(
            concern, timeline, clockSettings.policy(), clockSettings.calendar(), now));
  }

  private Map<Long, List<File>> filesByEvent(Concern concern, List<ConcernEvent> events) {
    if (events.isEmpty()) {
      return Map.of();
    }
    var ids = events.stream().map(ConcernEvent::getId).toList();
    var files = new HashMap<Long, List<File>>();
    em.createQuery(
            "select a.eventId, a.publicId, a.fileName, a.sizeBytes, a.contentType"
                + " from ConcernAttachment a where a.concernId = :concern and a.eventId in :events"
                + " order by a.id",
            Object[].class)
        .setParameter("concern", concern.getId())
        .setParameter("events", ids)
        .getResultList()
        .forEach(
            r ->
                files
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new File((String) r[1], (String) r[2], (Integer) r[3], (String) r[4])));
    return files;
  }

  /**
   * A file, if the signed-in user may see the concern and the event it came with.
   *
   * @throws AccessDenied otherwise, the same as for a file that does not exist
   */
  public Download download(String attachmentPublicId) {
    var viewer = access.viewer();
    var attachment =
        em.createNamedQuery(ConcernAttachment.BY_PUBLIC_ID, ConcernAttachment.class)
            .setParameter("publicId", attachmentPublicId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> access.refusal("file " + attachmentPublicId));
    var concern = em.find(Concern.class, attachment.getConcernId());
    var event = em.find(ConcernEvent.class, attachment.getEventId());
    if (!viewer.visibility().allows(concern)
        || (viewer.side() == Viewer.Side.ASSOCIATION && !event.isVisibleToAssociation())) {
      throw access.refusal("file " + attachmentPublicId);
    }
    return new Download(
        attachment.getFileName(), attachment.getContentType(), attachment.getContent());
  }

  /** The categories to file under, in the reader's language and the administrator's order. */
  public List<Choice> categories(Locale locale) {
    return em
        .createQuery(
            "select c from Category c where c.active = true order by c.sortOrder, c.id",
            Category.class)
        .getResultList()
        .stream()
        .map(c -> new Choice(c.getId(), c.name(locale)))
        .toList();
  }

  /**
   * Housing staff: their association's housed referred tenants whose name, address or department
   * contains the text, alphabetically, at most {@code max}.
   */
  public List<Choice> tenantsToFileFor(String text, int max) {
    return tenants.findOurTenants(text, max).stream()
        .map(t -> new Choice(t.id(), t.label()))
        .toList();
  }

  /** Housing staff: one of their housed tenants to file about, if they may. */
  public java.util.Optional<Choice> tenantToFileFor(long tenantId) {
    return tenants.ourTenantChoice(tenantId).map(t -> new Choice(t.id(), t.label()));
  }

  /** The active workers of the viewer's own unit, to whom a concern can be handed over. */
  public List<Choice> workersToHandOverTo() {
    var viewer = inboxViewer();
    if (viewer.unitId() == null) {
      return List.of();
    }
    return facts.activeWorkersOf(viewer.unitId()).stream()
        .map(w -> new Choice(w.id(), w.name() + " – " + w.unitName()))
        .toList();
  }
}
