package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernAttachment;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.concern.domain.Lifecycle;
import dk.kk.naboskab.concern.domain.Outcome;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
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
import java.util.Set;

/**
 * One concern as its reader may see it, with its timeline, and its files to download. The
 * association's reading never includes internal notes, hand-overs, the routing's reasons or files
 * that came with them.
 */
@Published(
    "disclosure: a tenant's concerns, whole, for the tenant's right of access; api: one concern")
@Stateless
// Reads only: without a caller's transaction each read is a statement of its own, and a page pays
// nothing for a transaction; the read log's row is written the same way (AuditLog, ADR 22).
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class ConcernReading {
  @PersistenceContext EntityManager em;
  @Inject ConcernAccess access;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject ClockSettings clockSettings;
  @Inject TenancyFacts facts;

  /** A file, for the list under its event. */
  public record File(String publicId, String fileName, int sizeBytes, String contentType)
      implements java.io.Serializable {}

  /** One line of the timeline as the reader may see it. */
  public record Entry(
      Instant occurredAt,
      String actorName,
      ConcernEvent.Kind kind,
      String text,
      String assigneeName,
      Outcome outcome,
      List<File> files)
      implements java.io.Serializable {
    /** The kind's name, for readers outside the context (the API). */
    public String kindName() {
      return kind.name();
    }
  }

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
      List<ClockView> clocks)
      implements java.io.Serializable {}

  /** A concern as the tenant's disclosure lists it: all of it, the whole timeline. */
  public record DisclosedConcern(
      String publicId,
      String category,
      String urgencyKey,
      String statusKey,
      String filedByName,
      Instant filedAt,
      Instant happenedAt,
      String location,
      String description,
      String assignee,
      List<DisclosedEntry> timeline) {}

  /**
   * One line of a disclosed timeline; {@code internal} for what the association never sees (notes,
   * hand-overs), which the tenant's disclosure includes and marks.
   */
  public record DisclosedEntry(
      Instant occurredAt,
      String actorName,
      String kindKey,
      String text,
      boolean internal,
      List<String> files) {}

  /**
   * Every concern about the tenant, for the tenant's disclosure (#16): the municipality's reading,
   * internal notes included and marked. The caller logs the disclosure; this logs no read of its
   * own.
   *
   * @throws AccessDenied for anyone but the municipality's staff
   */
  public List<DisclosedConcern> ofTenant(long tenantId, Locale locale) {
    var viewer = access.viewer();
    if (viewer.side() == Viewer.Side.ASSOCIATION) {
      throw access.refusal("disclosure of tenant " + tenantId);
    }
    var now = clock.instant();
    var found =
        em
            .createQuery(
                "select c from Concern c where c.tenantId = :tenant order by c.filedAt",
                Concern.class)
            .setParameter("tenant", tenantId)
            .getResultList()
            .stream()
            .filter(c -> access.maySee(viewer, c))
            .toList();
    if (found.isEmpty()) {
      return List.of();
    }
    var assignees = Assignees.of(facts, found);
    // Every concern's events and files in two queries, whatever the number of concerns.
    var ids = found.stream().map(Concern::getId).toList();
    var eventsByConcern =
        em
            .createQuery(
                "select e from ConcernEvent e where e.concernId in :ids order by e.occurredAt, e.id",
                ConcernEvent.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(java.util.stream.Collectors.groupingBy(ConcernEvent::getConcernId));
    var files = new HashMap<Long, List<String>>();
    em.createQuery(
            "select a.eventId, a.fileName, a.sizeBytes from ConcernAttachment a"
                + " where a.concernId in :ids order by a.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            r ->
                files
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(r[1] + " (" + ((Integer) r[2]) / 1024 + " kB)"));
    var disclosed = new ArrayList<DisclosedConcern>();
    for (var concern : found) {
      var events = eventsByConcern.getOrDefault(concern.getId(), List.of());
      disclosed.add(
          new DisclosedConcern(
              concern.getPublicId(),
              concern.getCategory().name(locale),
              "urgency." + concern.getUrgency().name(),
              "concernStatus." + concern.statusAt(now).name(),
              concern.getFiledByName(),
              concern.getFiledAt(),
              concern.getHappenedAt(),
              concern.getLocation(),
              concern.getDescription(),
              assignees.get(concern.getId()),
              events.stream()
                  .map(
                      e ->
                          new DisclosedEntry(
                              e.getOccurredAt(),
                              e.getActorName(),
                              "event." + e.getKind().name(),
                              e.getKind() == ConcernEvent.Kind.FILED ? null : e.getText(),
                              !e.isVisibleToAssociation(),
                              files.getOrDefault(e.getId(), List.of())))
                  .toList()));
    }
    return disclosed;
  }

  /** What the association itself does on a concern: its authors are always named to it. */
  private static final Set<ConcernEvent.Kind> BY_ASSOCIATION =
      EnumSet.of(
          ConcernEvent.Kind.FILED,
          ConcernEvent.Kind.INFO_PROVIDED,
          ConcernEvent.Kind.CONFIRMED,
          ConcernEvent.Kind.REOPENED);

  /** A file to download. */
  public record Download(String fileName, String contentType, byte[] content) {}

  /**
   * One concern as the signed-in user may see it.
   *
   * @throws AccessDenied for one they may not see, exactly as for one that does not exist
   */
  public Details details(String publicId, Locale locale) {
    var viewer = access.viewer();
    var concern = access.require(viewer, publicId);
    auditLog.read(
        AuditEvent.Action.READ_CONCERN,
        AuditLog.About.concern(concern.getTenantId(), concern.getId()),
        AuditEvent.Outcome.SHOWN);
    var municipality = viewer.side() != Viewer.Side.ASSOCIATION;
    var tenant = facts.tenant(concern.getTenantId());
    // What the association may be told of the workers: tenancy's one rule (consent, §99).
    var view =
        municipality
            ? null
            : facts
                .associationViews(
                    List.of(concern.getTenantId()),
                    java.time.LocalDate.ofInstant(
                        clock.instant(), dk.kk.naboskab.shared.ClockProducer.COPENHAGEN))
                .get(concern.getTenantId());
    // The timeline with each event's files, in one query.
    var timeline = new ArrayList<ConcernEvent>();
    var allFiles = new HashMap<Long, List<File>>();
    em.createQuery(
            """
            select e, a.publicId, a.fileName, a.sizeBytes, a.contentType
            from ConcernEvent e left join ConcernAttachment a on a.eventId = e.id
            where e.concernId = :concern order by e.occurredAt, e.id, a.id""",
            Object[].class)
        .setParameter("concern", concern.getId())
        .getResultList()
        .forEach(
            r -> {
              var event = (ConcernEvent) r[0];
              if (timeline.isEmpty()
                  || !timeline.get(timeline.size() - 1).getId().equals(event.getId())) {
                timeline.add(event);
              }
              if (r[1] != null) {
                allFiles
                    .computeIfAbsent(event.getId(), k -> new ArrayList<>())
                    .add(new File((String) r[1], (String) r[2], (Integer) r[3], (String) r[4]));
              }
            });
    // The association's reading is the events marked for it — never a note or a hand-over.
    var events =
        municipality
            ? timeline
            : timeline.stream().filter(ConcernEvent::isVisibleToAssociation).toList();
    var files = allFiles;
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
        (municipality
                ? Assignees.of(facts, List.of(concern))
                : Assignees.forAssociation(
                    facts,
                    List.of(concern),
                    java.time.LocalDate.ofInstant(
                        now, dk.kk.naboskab.shared.ClockProducer.COPENHAGEN)))
            .get(concern.getId()),
        concern.getAssigneeWorkerId() == null,
        municipality ? concern.getRouteExplanation() : null,
        concern.getOutcome(),
        events.stream()
            .map(
                e ->
                    new Entry(
                        e.getOccurredAt(),
                        view == null || BY_ASSOCIATION.contains(e.getKind())
                            ? e.getActorName()
                            : view.actorName(e.getActor(), e.getActorName()),
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
    auditLog.read(
        AuditEvent.Action.READ_ATTACHMENT,
        new AuditLog.About(concern.getTenantId(), concern.getId(), attachment.getId()),
        AuditEvent.Outcome.SHOWN);
    return new Download(
        attachment.getFileName(), attachment.getContentType(), attachment.getContent());
  }
}
