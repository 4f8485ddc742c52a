package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.domain.Worker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Which referred tenants and which workers the signed-in user may reach — the one rule of the
 * tenancy context, decided once per request from the role and Keycloak's claims, never from the
 * request. Every list, count, page, change and download in the register asks it, and the check of
 * one tenant runs the very predicate the lists use, so a page and a list cannot disagree.
 *
 * <table>
 *   <tr><th>role</th><th>tenants</th><th>workers (assign, absences, substitutes)</th></tr>
 *   <tr><td>housing staff</td><td>own association's departments, housed today</td><td>none</td></tr>
 *   <tr><td>support worker</td><td>assigned to them today</td><td>none</td></tr>
 *   <tr><td>coordinator</td><td>in departments their unit covers</td><td>their unit's</td></tr>
 *   <tr><td>analyst, administrator</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>A missing or unknown claim (a coordinator without {@code unit}, housing staff without {@code
 * association}, a worker the register does not know) reaches nothing: it fails closed — lists are
 * empty, a single tenant is refused.
 */
@Published(
    "concern: which tenants the signed-in person reaches; pathway: a coordinator's stays that"
        + " became their tenants")
@RequestScoped
public class TenantScope {
  /** Whose tenants the user reaches. */
  public enum Kind {
    ASSOCIATION,
    WORKER,
    UNIT,
    NOTHING
  }

  /** A tenant of the association, in one of its departments, who lives there today. */
  private static final String ASSOCIATION_HOUSED_TODAY =
      """
      %1$s.department.association.id = :scopeAssociation
       and %1$s.moveInDate <= :scopeToday
       and (%1$s.tenancyEndDate is null or %1$s.tenancyEndDate > :scopeToday)""";

  /** A tenant the worker is assigned to today, in any role. */
  private static final String ASSIGNED_TO_WORKER_TODAY =
      """
      exists (select sa.id from SupportAssignment sa where sa.tenant = %1$s
       and sa.worker.id = :scopeWorker and sa.fromDate <= :scopeToday
       and (sa.untilDate is null or sa.untilDate >= :scopeToday))""";

  /** A tenant in a department whose district the unit covers. */
  private static final String COVERED_BY_UNIT = "%1$s.department.district.unit.id = :scopeUnit";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject AuditLog auditLog;
  @Inject OrganisationCodes codes;

  private Kind kind;
  private Long id;
  private Long workerUnit;
  private String resolvedFor;

  /**
   * Tenants this request has found in reach: a page and the service it calls ask about the same
   * tenant, and the answer cannot change within one request. Only a yes is kept.
   */
  private final java.util.Set<Long> reached = new java.util.HashSet<>();

  /** Whose tenants the signed-in user reaches. */
  public Kind kind() {
    resolve();
    return kind;
  }

  /** The coordinator's unit, or empty for anyone else. */
  public java.util.Optional<Long> unitId() {
    resolve();
    return kind == Kind.UNIT ? java.util.Optional.of(id) : java.util.Optional.empty();
  }

  /** Housing staff's association, or empty for anyone else (or an unknown association). */
  public java.util.Optional<Long> associationId() {
    resolve();
    return kind == Kind.ASSOCIATION ? java.util.Optional.of(id) : java.util.Optional.empty();
  }

  /** The signed-in support worker as the register knows them, or empty for anyone else. */
  public java.util.Optional<TenancyService.RegisteredWorker> worker() {
    resolve();
    return kind == Kind.WORKER
        ? java.util.Optional.of(new TenancyService.RegisteredWorker(id, workerUnit))
        : java.util.Optional.empty();
  }

  /** Whether the user reaches any tenant at all. */
  public boolean reachesAny() {
    return kind() != Kind.NOTHING;
  }

  /**
   * The rule as a JPQL predicate on a tenant alias, with named parameters {@link #bind} sets. Only
   * for a user who {@link #reachesAny() reaches any}: there is no predicate for nothing.
   */
  public String where(String tenant) {
    var rule =
        switch (kind()) {
          case ASSOCIATION -> ASSOCIATION_HOUSED_TODAY;
          case WORKER -> ASSIGNED_TO_WORKER_TODAY;
          case UNIT -> COVERED_BY_UNIT;
          case NOTHING -> throw refusal("a list of tenants");
        };
    return "(" + rule.formatted(tenant).replace('\n', ' ') + ")";
  }

  /** Sets the parameters of {@link #where}. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    switch (kind()) {
      case ASSOCIATION -> {
        query.setParameter("scopeAssociation", id);
        query.setParameter("scopeToday", today());
      }
      case WORKER -> {
        query.setParameter("scopeWorker", id);
        query.setParameter("scopeToday", today());
      }
      case UNIT -> query.setParameter("scopeUnit", id);
      case NOTHING -> throw refusal("a list of tenants");
    }
    return query;
  }

  /** Whether the user may reach this tenant: the lists' own predicate, asked of one row. */
  public boolean mayReach(long tenantId) {
    if (!reachesAny()) {
      return false;
    }
    if (reached.contains(tenantId)) {
      return true;
    }
    var reaches =
        bind(em.createQuery(
                    "select count(t) from Tenant t where t.id = :id and " + where("t"), Long.class))
                .setParameter("id", tenantId)
                .getSingleResult()
            > 0;
    if (reaches) {
      reached.add(tenantId);
    }
    return reaches;
  }

  /**
   * Lets the call through for a tenant the user may reach.
   *
   * @throws AccessDenied for any other tenant — exactly as for one that does not exist, so ids
   *     cannot be probed; the refusal is logged
   */
  public void require(long tenantId) {
    if (!mayReach(tenantId)) {
      throw refusal("tenant " + tenantId);
    }
  }

  /**
   * Whether the user may reach this tenant, for a caller that answers a refusal as "not found"
   * itself; a refusal is logged all the same.
   */
  public boolean allows(long tenantId) {
    if (mayReach(tenantId)) {
      return true;
    }
    refusal("tenant " + tenantId);
    return false;
  }

  /**
   * Lets the call through for a worker the user may plan for: a coordinator's own unit's workers.
   *
   * @throws AccessDenied for any other worker, logged
   */
  public void requireWorker(long workerId) {
    if (kind() != Kind.UNIT) {
      throw refusal("worker " + workerId);
    }
    var worker = em.find(Worker.class, workerId);
    if (worker == null || !worker.getUnit().getId().equals(id)) {
      throw refusal("worker " + workerId);
    }
  }

  /** Logs a refusal of this and returns the exception to throw. */
  public AccessDenied refusal(String what) {
    var user = currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous";
    auditLog.refused(
        user,
        currentUser.getRole().map(Role::roleName).orElse(null),
        what + " (" + (kind == null ? Kind.NOTHING : kind) + ")");
    return new AccessDenied(user + " may not reach " + what);
  }

  /**
   * Resolves the claims once per request and identity (a request normally has one; a test acting as
   * several people in one request gets each one's scope).
   */
  private void resolve() {
    var identity = currentUser.identity();
    if (kind != null && identity.equals(resolvedFor)) {
      return;
    }
    resolvedFor = identity;
    reached.clear();
    kind = Kind.NOTHING;
    id = null;
    workerUnit = null;
    var role = currentUser.getRole().orElse(null);
    if (role == Role.HOUSING_STAFF) {
      currentUser
          .getAssociation()
          .flatMap(codes::association)
          .ifPresent(a -> reach(Kind.ASSOCIATION, a));
    } else if (role == Role.SUPPORT_WORKER) {
      em.createQuery(
              "select w.id, w.unit.id from Worker w where w.username = :username", Object[].class)
          .setParameter("username", currentUser.getUsername())
          .getResultStream()
          .findFirst()
          .ifPresent(
              w -> {
                reach(Kind.WORKER, ((Number) w[0]).longValue());
                workerUnit = ((Number) w[1]).longValue();
              });
    } else if (role == Role.COORDINATOR) {
      currentUser.getUnit().flatMap(codes::unit).ifPresent(u -> reach(Kind.UNIT, u));
    }
  }

  private void reach(Kind kind, long id) {
    this.kind = kind;
    this.id = id;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
