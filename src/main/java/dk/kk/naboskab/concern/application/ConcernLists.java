package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists of concerns: the worker's and coordinator's inbox with its queues, and the
 * association's list — filtered, counted and paged in the database, always within what the viewer
 * may see ({@link ConcernVisibility}).
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@Published("api: the association's list of concerns")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ConcernLists {
  private static final Set<ConcernStatus> OPEN = ConcernStatus.open();

  @PersistenceContext EntityManager em;
  @Inject ConcernAccess access;
  @Inject Clock clock;
  @Inject ClockSettings clockSettings;
  @Inject TenancyFacts facts;

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
      boolean escalated)
      implements java.io.Serializable {}

  public List<Row> inbox(
      Scope scope, Show show, Urgency urgency, int first, int size, Locale locale) {
    return inboxCondition(access.inboxViewer(), scope)
        .map(where -> rows(where.and(filters(show, urgency)), first, size, locale, false))
        .orElse(List.of());
  }

  public long countInbox(Scope scope, Show show, Urgency urgency) {
    return inboxCondition(access.inboxViewer(), scope)
        .map(where -> count(where.and(filters(show, urgency))))
        .orElse(0L);
  }

  /** How many open concerns each of the viewer's queues holds. */
  public Map<Scope, Long> openCounts() {
    var viewer = access.inboxViewer();
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
    var viewer = access.inboxViewer();
    return viewer.side() == Viewer.Side.COORDINATOR
        ? List.of(Scope.TEAM, Scope.ALL)
        : List.of(Scope.MINE, Scope.STANDING_IN, Scope.TEAM);
  }

  /** Housing staff: their association's concerns. */
  public List<Row> ours(Show show, int first, int size, Locale locale) {
    return visible(access.associationViewer())
        .map(where -> rows(where.and(filters(show, null)), first, size, locale, true))
        .orElse(List.of());
  }

  public long countOurs(Show show) {
    return visible(access.associationViewer())
        .map(where -> count(where.and(filters(show, null))))
        .orElse(0L);
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

  /**
   * @param forAssociation whether housing staff read the rows: then a worker is named only as the
   *     tenant's consent and §99 allow ({@link Assignees#forAssociation})
   */
  private List<Row> rows(
      ConcernVisibility.Condition where,
      int first,
      int size,
      Locale locale,
      boolean forAssociation) {
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
    // The association that filed it, even if the tenant has moved to another's flat since.
    var associations =
        facts.associationNames(
            concerns.stream().map(Concern::getAssociationId).collect(Collectors.toSet()));
    var names =
        forAssociation
            ? Assignees.forAssociation(facts, concerns, today())
            : Assignees.of(facts, concerns);
    var timelines = ConcernClocks.timelines(em, concerns);
    var escalated = escalated(concerns);
    var now = clock.instant();
    // Asked once per page, not per row: each is a call through the container (ClockSettings).
    var policy = clockSettings.policy();
    var calendar = clockSettings.calendar();
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
                  associations.get(c.getAssociationId()),
                  c.getCategory().name(locale),
                  c.statusAt(now),
                  names.get(c.getId()),
                  ConcernClocks.mostPressing(
                      ConcernClocks.read(
                          c, timelines.getOrDefault(c.getId(), List.of()), policy, calendar, now)),
                  escalated.contains(c.getId()) && c.getStatus().isOpen());
            })
        .toList();
  }

  private java.time.LocalDate today() {
    return java.time.LocalDate.ofInstant(clock.instant(), ClockProducer.COPENHAGEN);
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
}
