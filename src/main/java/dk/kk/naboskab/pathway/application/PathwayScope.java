package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.pathway.domain.CaseWorker;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.application.TenantScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose stays the signed-in person reaches — the pathway's one rule, decided once per request from
 * the role and Keycloak's claims, never from the request. Every list, count, page and change asks
 * it, and the check of one stay runs the lists' own predicate on that row.
 *
 * <table>
 *   <tr><th>role</th><th>stays</th></tr>
 *   <tr><td>shelter staff</td><td>their shelter's (the {@code shelter} claim), while open and
 *       {@code NABOSKAB_PATHWAY_STAFF_SEE_DAYS} after</td></tr>
 *   <tr><td>case worker</td><td>at the shelters they are outposted to, and their own cases</td></tr>
 *   <tr><td>coordinator</td><td>those that became tenants they reach (the register's own scope)
 *       </td></tr>
 *   <tr><td>everyone else — housing staff above all</td><td>none, ever</td></tr>
 * </table>
 *
 * <p>A missing or unknown claim reaches nothing; a refusal reads as "does not exist" and is logged.
 */
@RequestScoped
public class PathwayScope {
  /** Whose stays the user reaches. */
  public enum Kind {
    SHELTER,
    CASE_WORKER,
    COORDINATOR,
    NOTHING
  }

  /** The stays whose responsible case worker the user is. */
  private static final String OWN_CASES =
      "(select own.id from Stay own where own.caseWorker.id = :scopeCaseWorker)";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject AuditLog auditLog;
  @Inject TenantScope tenants;

  private Kind kind;
  private String resolvedFor;
  private Long shelterId;
  private CaseWorker caseWorker;
  private Set<Long> shelterIds = Set.of();
  private final Set<Long> reached = new HashSet<>();

  public Kind kind() {
    resolve();
    return kind;
  }

  public boolean reachesAny() {
    return kind() != Kind.NOTHING;
  }

  /** The shelter staff member's shelter, or empty. */
  public Optional<Long> shelterId() {
    resolve();
    return Optional.ofNullable(kind == Kind.SHELTER ? shelterId : null);
  }

  /** The signed-in case worker as the pathway knows them, or empty. */
  public Optional<CaseWorker> caseWorker() {
    resolve();
    return Optional.ofNullable(kind == Kind.CASE_WORKER ? caseWorker : null);
  }

  /** The shelters whose residents the user works with: their own, or those outposted to. */
  public Set<Long> shelterIds() {
    resolve();
    return switch (kind) {
      case SHELTER -> Set.of(shelterId);
      case CASE_WORKER -> shelterIds;
      default -> Set.of();
    };
  }

  /** The rule as a JPQL predicate on a stay alias; parameters by {@link #bind}. */
  public String where(String stay) {
    return switch (kind()) {
      case SHELTER ->
          "(%1$s.shelter.id = :scopeShelter and (%1$s.endedOn is null or %1$s.endedOn >= :scopeSince))"
              .formatted(stay);
      case CASE_WORKER ->
          shelterIds.isEmpty()
              ? "(%1$s.id in %2$s)".formatted(stay, OWN_CASES)
              // Their own cases through a subquery: a path through caseWorker in this condition
              // would join the case worker and lose every stay that has none yet.
              : "(%1$s.shelter.id in :scopeShelters or %1$s.id in %2$s)".formatted(stay, OWN_CASES);
      case COORDINATOR ->
          "(%1$s.tenantId in (select t.id from Tenant t where %2$s))"
              .formatted(stay, tenants.where("t"));
      case NOTHING -> throw refusal("a list of stays");
    };
  }

  /** Sets the parameters of {@link #where}. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    switch (kind()) {
      case SHELTER -> {
        query.setParameter("scopeShelter", shelterId);
        query.setParameter(
            "scopeSince",
            today().minusDays(Long.parseLong(Setting.PATHWAY_STAFF_SEE_DAYS.value())));
      }
      case CASE_WORKER -> {
        query.setParameter("scopeCaseWorker", caseWorker.getId());
        if (!shelterIds.isEmpty()) {
          query.setParameter("scopeShelters", shelterIds);
        }
      }
      case COORDINATOR -> tenants.bind(query);
      case NOTHING -> throw refusal("a list of stays");
    }
    return query;
  }

  /** Whether the user reaches this stay: the lists' predicate, asked of one row. */
  public boolean mayReach(long stayId) {
    if (!reachesAny()) {
      return false;
    }
    if (reached.contains(stayId)) {
      return true;
    }
    var reaches =
        bind(em.createQuery(
                    "select count(s) from Stay s where s.id = :id and " + where("s"), Long.class))
                .setParameter("id", stayId)
                .getSingleResult()
            > 0;
    if (reaches) {
      reached.add(stayId);
    }
    return reaches;
  }

  /**
   * @throws AccessDenied for a stay the user does not reach — exactly as for one that does not
   *     exist; logged
   */
  public void require(long stayId) {
    if (!mayReach(stayId)) {
      throw refusal("stay " + stayId);
    }
  }

  /** Logs a refusal and returns the exception to throw. */
  public AccessDenied refusal(String what) {
    var user = currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous";
    auditLog.refused(
        user,
        currentUser.getRole().map(Role::roleName).orElse(null),
        what + " (" + (kind == null ? Kind.NOTHING : kind) + ")");
    return new AccessDenied(user + " may not reach " + what);
  }

  private void resolve() {
    var identity = currentUser.identity();
    if (kind != null && identity.equals(resolvedFor)) {
      return;
    }
    resolvedFor = identity;
    reached.clear();
    kind = Kind.NOTHING;
    shelterId = null;
    caseWorker = null;
    shelterIds = Set.of();
    var role = currentUser.getRole().orElse(null);
    if (role == Role.SHELTER_STAFF) {
      currentUser
          .getShelter()
          .flatMap(
              code ->
                  em.createQuery("select s.id from Shelter s where s.code = :code", Long.class)
                      .setParameter("code", code)
                      .getResultStream()
                      .findFirst())
          .ifPresent(
              id -> {
                kind = Kind.SHELTER;
                shelterId = id;
              });
    } else if (role == Role.CASE_WORKER) {
      List<CaseWorker> found =
          em.createNamedQuery(CaseWorker.BY_USERNAME, CaseWorker.class)
              .setParameter("username", currentUser.getUsername())
              .getResultList();
      found.stream()
          .filter(CaseWorker::isActive)
          .findFirst()
          .ifPresent(
              w -> {
                kind = Kind.CASE_WORKER;
                caseWorker = w;
                shelterIds =
                    Set.copyOf(
                        em.createQuery(
                                "select s.id from CaseWorker w join w.shelters s where w.id = :id",
                                Long.class)
                            .setParameter("id", w.getId())
                            .getResultList());
              });
    } else if (role == Role.COORDINATOR && tenants.reachesAny()) {
      kind = Kind.COORDINATOR;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
  }
}
