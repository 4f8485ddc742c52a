package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Like;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.ConsentRecord;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.domain.SupportAssignment;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import dk.kk.naboskab.tenancy.domain.TenancyEndReason;
import dk.kk.naboskab.tenancy.domain.Tenant;
import dk.kk.naboskab.tenancy.domain.TenantEvent;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinators' view of the register: the tenant list (filtered, sorted and paged in the
 * database), one tenant with their assignments, who answers for them now and their history, and the
 * choices the forms offer. Coordinators only.
 */
@Published(
    "disclosure: a tenant's register data, for the tenant's right of access; pathway: the hand-over's"
        + " departments and housing advisors")
@Stateless
// Reads only: without a caller's transaction each read is a statement of its own, and a page pays
// nothing for a transaction; the read log's row is written the same way (AuditLog, ADR 22).
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class TenantRegister {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject CprCipher cprCipher;
  @Inject TenancyService tenancy;
  @Inject TenantScope scope;

  /** Which tenancies the list shows. */
  public enum Status {
    HOUSED,
    ENDED,
    ALL
  }

  /**
   * The list's filters; any may be empty.
   *
   * @param text part of the name or the address
   */
  public record TenantQuery(
      String text, Long associationId, Long unitId, SupportTrack track, Status status) {
    public static TenantQuery all() {
      return new TenantQuery(null, null, null, null, Status.ALL);
    }
  }

  /** The columns the list can sort by. */
  public enum SortBy {
    NAME("t.lastName %1$s, t.firstName %1$s"),
    ADDRESS("t.address %1$s"),
    DEPARTMENT("d.name %1$s"),
    ASSOCIATION("a.name %1$s"),
    TRACK("t.supportTrack %1$s"),
    REFERRAL("t.referralDate %1$s"),
    MOVE_IN("t.moveInDate %1$s");

    private final String order;

    SortBy(String order) {
      this.order = order;
    }
  }

  /** One row of the coordinators' list. */
  public record TenantRow(
      long id,
      String firstName,
      String lastName,
      String address,
      String department,
      String association,
      SupportTrack track,
      LocalDate referralDate,
      LocalDate moveInDate,
      LocalDate endDate)
      implements java.io.Serializable {
    public String name() {
      return firstName + " " + lastName;
    }
  }

  /** A thing a form can choose. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /** One assignment on the tenant page. */
  public record AssignmentRow(
      long id,
      String workerName,
      WorkerType role,
      LocalDate from,
      LocalDate until,
      boolean current,
      boolean ended,
      boolean anonymous)
      implements java.io.Serializable {
    /** Whether the support can be anonymous under §99: an SKP's only. */
    public boolean mayBeAnonymous() {
      return role == WorkerType.SUPPORT_CONTACT;
    }
  }

  /** One of the tenant's consent decisions, newest first on the tenant page. */
  public record ConsentRow(
      Consent state,
      boolean namesContact,
      boolean supportKind,
      LocalDate givenOn,
      LocalDate expiresOn,
      java.time.Instant recordedAt,
      String recordedBy)
      implements java.io.Serializable {}

  /** An absence on the absences page. */
  public record AbsenceRow(
      long id, String workerName, LocalDate from, LocalDate until, String substituteName)
      implements java.io.Serializable {}

  /** Everything the tenant page shows. */
  public record TenantDetails(
      long id,
      int version,
      String firstName,
      String lastName,
      String maskedCpr,
      String phone,
      long departmentId,
      String department,
      String association,
      String unit,
      String address,
      LocalDate referralDate,
      LocalDate moveInDate,
      SupportTrack supportTrack,
      Consent consent,
      LocalDate consentDate,
      LocalDate endDate,
      TenancyEndReason endReason,
      Explanation responsible,
      List<AssignmentRow> assignments,
      List<TenantEvent> history,
      List<ConsentRow> consents)
      implements java.io.Serializable {
    public String name() {
      return firstName + " " + lastName;
    }
  }

  public List<TenantRow> search(
      TenantQuery query, SortBy sortBy, boolean ascending, int first, int size) {
    currentUser.require(Role.COORDINATOR);
    if (!scope.reachesAny()) {
      return List.of();
    }
    var order = (sortBy == null ? SortBy.NAME : sortBy).order.formatted(ascending ? "asc" : "desc");
    var jpql =
        "select new "
            + TenantRow.class.getName().replace('$', '.')
            + "(t.id, t.firstName, t.lastName, t.address, d.name, a.name, t.supportTrack,"
            + " t.referralDate, t.moveInDate, t.tenancyEndDate)"
            + " from Tenant t join t.department d join d.association a"
            + where(query)
            + " order by "
            + order
            + ", t.id";
    return bind(em.createQuery(jpql, TenantRow.class), query)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(TenantQuery query) {
    currentUser.require(Role.COORDINATOR);
    if (!scope.reachesAny()) {
      return 0;
    }
    var jpql =
        "select count(t) from Tenant t join t.department d join d.association a" + where(query);
    return bind(em.createQuery(jpql, Long.class), query).getSingleResult();
  }

  /** The coordinator's scope and the list's filters, as one JPQL condition. */
  private String where(TenantQuery query) {
    var conditions = new ArrayList<String>();
    conditions.add(scope.where("t"));
    if (hasText(query.text())) {
      conditions.add("(concat(t.firstName, ' ', t.lastName) like :text or t.address like :text)");
    }
    if (query.associationId() != null) {
      conditions.add("a.id = :association");
    }
    if (query.unitId() != null) {
      conditions.add("d.district.unit.id = :unit");
    }
    if (query.track() != null) {
      conditions.add("t.supportTrack = :track");
    }
    if (query.status() == Status.HOUSED) {
      conditions.add("(t.tenancyEndDate is null or t.tenancyEndDate > :today)");
    } else if (query.status() == Status.ENDED) {
      conditions.add("t.tenancyEndDate <= :today");
    }
    return " where " + String.join(" and ", conditions);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> jpa, TenantQuery query) {
    scope.bind(jpa);
    if (hasText(query.text())) {
      jpa.setParameter("text", "%" + Like.escape(query.text().trim()) + "%");
    }
    if (query.associationId() != null) {
      jpa.setParameter("association", query.associationId());
    }
    if (query.unitId() != null) {
      jpa.setParameter("unit", query.unitId());
    }
    if (query.track() != null) {
      jpa.setParameter("track", query.track());
    }
    if (query.status() == Status.HOUSED || query.status() == Status.ENDED) {
      jpa.setParameter("today", today());
    }
    return jpa;
  }

  /**
   * The tenant with exactly this CPR number, if registered. The number is never stored or logged in
   * the clear: the search compares blind indexes.
   *
   * @throws dk.kk.naboskab.shared.RuleViolation on {@code cpr} when it is malformed
   */
  public Optional<Long> findByCpr(String cpr) {
    currentUser.require(Role.COORDINATOR);
    var indexes = cprCipher.indexes(CprNumber.parse(cpr));
    var found =
        em.createNamedQuery(Tenant.BY_CPR_INDEX, Tenant.class)
            .setParameter("indexes", indexes)
            .getResultStream()
            .findFirst()
            .map(Tenant::getId)
            // Another unit's tenant reads as no tenant at all; the refusal is logged.
            .filter(scope::allows);
    // A search is a read whether it finds someone or not: the hit names whom it found.
    auditLog.read(
        AuditEvent.Action.SEARCH_CPR,
        new AuditLog.About(found.orElse(null), null, null),
        found.isPresent() ? AuditEvent.Outcome.SHOWN : AuditEvent.Outcome.NONE);
    return found;
  }

  /** The tenant page. Empty for an id that does not exist or a tenant outside the unit. */
  public Optional<TenantDetails> details(long tenantId, Locale locale) {
    currentUser.require(Role.COORDINATOR);
    if (!scope.allows(tenantId)) {
      return Optional.empty();
    }
    auditLog.read(
        AuditEvent.Action.READ_TENANT, AuditLog.About.tenant(tenantId), AuditEvent.Outcome.SHOWN);
    return Optional.of(build(tenantId, locale));
  }

  /** A tenant's register data in words, for the tenant's own disclosure (#16). */
  public record DisclosedTenant(
      String name,
      String maskedCpr,
      String phone,
      String address,
      String department,
      String association,
      String unit,
      LocalDate referralDate,
      LocalDate moveInDate,
      String supportTrackKey,
      String consentKey,
      LocalDate consentDate,
      LocalDate endDate,
      String endReasonKey,
      List<DisclosedAssignment> assignments,
      List<DisclosedHistory> history) {}

  /** A support worker's assignment; the role is the message key of the worker type. */
  public record DisclosedAssignment(
      String workerName, String roleKey, LocalDate from, LocalDate until) {}

  /**
   * A line of the tenant page's history: the message key {@code history.<kind>} and its five
   * parameters as the page gives them (keys where the page translates).
   */
  public record DisclosedHistory(
      java.time.Instant at,
      String textKey,
      String workerName,
      String roleKey,
      LocalDate day,
      String otherName,
      String reasonKey,
      String actor) {}

  /**
   * The tenant's register data for their disclosure. The caller logs the disclosure (one row for
   * the whole of it), so this logs no read of its own; a refusal is logged as everywhere.
   *
   * @return empty for an id that does not exist or a tenant outside the coordinator's unit
   */
  public Optional<DisclosedTenant> disclosure(long tenantId, Locale locale) {
    currentUser.require(Role.COORDINATOR);
    if (!scope.allows(tenantId)) {
      return Optional.empty();
    }
    var t = build(tenantId, locale);
    return Optional.of(
        new DisclosedTenant(
            t.name(),
            t.maskedCpr(),
            t.phone(),
            t.address(),
            t.department(),
            t.association(),
            t.unit(),
            t.referralDate(),
            t.moveInDate(),
            "supportTrack." + t.supportTrack().name(),
            "consent." + t.consent().name(),
            t.consentDate(),
            t.endDate(),
            t.endReason() == null ? null : "tenancyEndReason." + t.endReason().name(),
            t.assignments().stream()
                .map(
                    a ->
                        new DisclosedAssignment(
                            a.workerName(), "workerType." + a.role().name(), a.from(), a.until()))
                .toList(),
            t.history().stream()
                .map(
                    h ->
                        new DisclosedHistory(
                            h.getOccurredAt(),
                            "history." + h.getKind().name(),
                            h.getWorkerName(),
                            h.getRole() == null ? null : "workerType." + h.getRole().name(),
                            h.getDay(),
                            h.getOtherName(),
                            h.getReason() == null
                                ? null
                                : "tenancyEndReason." + h.getReason().name(),
                            h.getActor()))
                .toList()));
  }

  /** The names of the associations and units by their codes, as the read log records readers. */
  public Map<String, String> organisationNames() {
    var names = new HashMap<String, String>();
    em.createQuery("select u.code, u.name from Unit u", Object[].class)
        .getResultList()
        .forEach(r -> names.put((String) r[0], (String) r[1]));
    em.createQuery("select a.code, a.name from HousingAssociation a", Object[].class)
        .getResultList()
        .forEach(r -> names.put((String) r[0], (String) r[1]));
    return names;
  }

  private TenantDetails build(long tenantId, Locale locale) {
    // The tenant with where they live, and their assignments with the workers: two queries.
    var tenant =
        em.createQuery(
                """
                select t from Tenant t join fetch t.department d join fetch d.association
                join fetch d.district di join fetch di.unit where t.id = :id""",
                Tenant.class)
            .setParameter("id", tenantId)
            .getSingleResult();
    var today = today();
    var assigned =
        em.createQuery(
                """
                select a from SupportAssignment a join fetch a.worker
                where a.tenant.id = :tenant order by a.fromDate""",
                SupportAssignment.class)
            .setParameter("tenant", tenantId)
            .getResultList();
    var assignments =
        assigned.stream()
            .map(
                a ->
                    new AssignmentRow(
                        a.getId(),
                        a.getWorker().getName(),
                        a.getRole(),
                        a.getPeriod().from(),
                        a.getPeriod().until(),
                        a.getPeriod().contains(today),
                        a.getPeriod().lastDay().map(today::isAfter).orElse(false),
                        a.isAnonymous()))
            .toList();
    var department = tenant.getDepartment();
    var unit = department.coveringUnit();
    var responsibility =
        tenancy.responsibleOn(today, assigned.stream().map(SupportAssignment::asRule).toList());
    var names = new HashMap<Long, String>();
    assigned.forEach(a -> names.put(a.getWorker().getId(), a.getWorker().getName()));
    var substitutes = new java.util.HashSet<>(responsibility.workerIds());
    substitutes.removeAll(names.keySet());
    names.putAll(namesOf(substitutes));
    return new TenantDetails(
        tenant.getId(),
        tenant.getVersion(),
        tenant.getFirstName(),
        tenant.getLastName(),
        tenant.isAnonymised()
            ? "anonymiseret"
            : cprCipher.decrypt(tenant.getCprEncrypted(), tenant.getId()).masked(),
        tenant.getPhone(),
        department.getId(),
        department.getName(),
        department.getAssociation().getName(),
        unit.getName(),
        tenant.getAddress(),
        tenant.getReferralDate(),
        tenant.getMoveInDate(),
        tenant.getSupportTrack(),
        tenant.getConsent(),
        tenant.getConsentDate().orElse(null),
        tenant.getTenancyEndDate().orElse(null),
        tenant.getTenancyEndReason().orElse(null),
        Explanation.of(responsibility, names, unit.getTeamName(), locale),
        assignments,
        em.createNamedQuery(TenantEvent.OF_TENANT, TenantEvent.class)
            .setParameter("tenant", tenant.getId())
            .setMaxResults(200)
            .getResultList(),
        em
            .createNamedQuery(ConsentRecord.OF_TENANTS, ConsentRecord.class)
            .setParameter("tenants", List.of(tenant.getId()))
            .getResultList()
            .stream()
            .map(
                c ->
                    new ConsentRow(
                        c.getState(),
                        c.isNamesContactScope(),
                        c.isSupportKindScope(),
                        c.getGivenOn(),
                        c.getExpiresOn().orElse(null),
                        c.getRecordedAt(),
                        c.getRecordedBy()))
            .toList());
  }

  /** Workers' names by id. */
  Map<Long, String> namesOf(java.util.Collection<Long> ids) {
    var names = new HashMap<Long, String>();
    if (!ids.isEmpty()) {
      em.createQuery("select w.id, w.name from Worker w where w.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  /** The departments a tenant can be referred to: those the coordinator's unit covers. */
  public List<Choice> departments() {
    currentUser.require(Role.COORDINATOR);
    if (scope.unitId().isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            """
            select d.id, a.name, d.name, d.number from Department d join d.association a
            where d.district.unit.id = :unit order by a.name, d.name""",
            Object[].class)
        .setParameter("unit", ownUnit())
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], r[1] + " – " + r[2] + " (" + r[3] + ")"))
        .toList();
  }

  public List<Choice> associations() {
    currentUser.require(Role.COORDINATOR);
    return em
        .createQuery(
            "select a.id, a.name from HousingAssociation a order by a.name", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  public List<Choice> units() {
    currentUser.require(Role.COORDINATOR);
    return em
        .createQuery("select u.id, u.name from Unit u order by u.name", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  /** The coordinator's own unit's housing advisors: a shelter's hand-over's first assignment. */
  public List<Choice> housingAdvisors() {
    return workers(WorkerType.HOUSING_ADVISOR);
  }

  /**
   * The coordinator's own unit's active workers of a type (all types when {@code type} is null),
   * with their unit.
   */
  public List<Choice> workers(WorkerType type) {
    currentUser.require(Role.COORDINATOR);
    if (scope.unitId().isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            """
            select w from Worker w join fetch w.unit where w.active = true
            and w.unit.id = :unit and w.type in :types order by w.name""",
            Worker.class)
        .setParameter("unit", ownUnit())
        .setParameter(
            "types",
            type == null ? java.util.EnumSet.allOf(WorkerType.class) : java.util.Set.of(type))
        .getResultList()
        .stream()
        .map(w -> new Choice(w.getId(), w.getName() + " – " + w.getUnit().getName()))
        .toList();
  }

  /** The coordinator's unit's absences that have not ended before today, soonest first. */
  public List<AbsenceRow> currentAbsences() {
    currentUser.require(Role.COORDINATOR);
    if (scope.unitId().isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            """
            select a.id, a.worker.name, a.fromDate, a.untilDate, a.substitute.name
            from WorkerAbsence a where a.worker.unit.id = :unit
            and (a.untilDate is null or a.untilDate >= :today)
            order by a.fromDate, a.worker.name""",
            Object[].class)
        .setParameter("unit", ownUnit())
        .setParameter("today", today())
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(
            r ->
                new AbsenceRow(
                    (Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3], (String) r[4]))
        .toList();
  }

  /** The coordinator's unit (the callers have made sure there is one). */
  private long ownUnit() {
    return scope.unitId().orElseThrow();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
