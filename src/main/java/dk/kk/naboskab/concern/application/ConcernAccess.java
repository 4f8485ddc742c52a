package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ClockProducer;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.application.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Who may see and act on which concern — the one place the rules live, used by every service and
 * download. Housing staff: their association's concerns. Workers: routed to them, to those they
 * stand in for today, and their unit's team queue. Coordinators: their unit's (none when their
 * login names no unit). Analysts and administrators: none individually.
 */
@Stateless
public class ConcernAccess {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject AuditLog auditLog;
  @Inject TenantScope tenantScope;
  @Inject TenancyService tenancy;
  @Inject RequestViewer requestViewer;

  /** The signed-in person as the concern rules see them, resolved once per request. */
  public Viewer viewer() {
    var today = LocalDate.now(clock.withZone(ClockProducer.COPENHAGEN));
    return requestViewer.get(currentUser.identity() + "|" + today, () -> resolveViewer(today));
  }

  private Viewer resolveViewer(LocalDate today) {
    var role = currentUser.getRole().orElse(null);
    // The association and the unit are resolved from the claims once, by the tenancy context's
    // scope; a claim that is missing or unknown there reaches nothing here either.
    if (role == Role.HOUSING_STAFF) {
      return tenantScope
          .associationId()
          .map(a -> new Viewer(Viewer.Side.ASSOCIATION, a, null, null, Set.of()))
          .orElse(Viewer.none());
    }
    if (role == Role.SUPPORT_WORKER) {
      return tenancy
          .signedInWorker()
          .map(
              w ->
                  new Viewer(
                      Viewer.Side.WORKER,
                      null,
                      w.workerId(),
                      w.unitId(),
                      tenancy.standingInFor(w.workerId(), today)))
          .orElse(Viewer.none());
    }
    if (role == Role.COORDINATOR) {
      return tenantScope
          .unitId()
          .map(u -> new Viewer(Viewer.Side.COORDINATOR, null, null, u, Set.of()))
          .orElse(Viewer.none());
    }
    return Viewer.none();
  }

  /**
   * The viewer of an inbox: a worker or a coordinator (a support worker missing from the register
   * has an empty one).
   *
   * @throws AccessDenied for anyone else
   */
  public Viewer inboxViewer() {
    var viewer = viewer();
    if (viewer.side() != Viewer.Side.WORKER && viewer.side() != Viewer.Side.COORDINATOR) {
      if (viewer.side() == Viewer.Side.NONE
          && currentUser.hasRole(dk.kk.naboskab.security.Role.SUPPORT_WORKER)) {
        return viewer;
      }
      throw new AccessDenied(currentUser.getUsername() + " has no inbox");
    }
    return viewer;
  }

  /**
   * The viewer of the association's list: housing staff.
   *
   * @throws AccessDenied for anyone else
   */
  public Viewer associationViewer() {
    var viewer = viewer();
    if (viewer.side() != Viewer.Side.ASSOCIATION) {
      throw new AccessDenied(currentUser.getUsername() + " has no association");
    }
    return viewer;
  }

  /** Whether the viewer may see the concern ({@link Viewer#visibility}, the one rule). */
  public boolean maySee(Viewer viewer, Concern concern) {
    return viewer.visibility().allows(concern);
  }

  /**
   * The concern, if the viewer may see it.
   *
   * @throws AccessDenied for one they may not see — exactly as for one that does not exist, so
   *     addresses cannot be probed
   */
  public Concern require(Viewer viewer, String publicId) {
    return require(viewer, publicId, LockModeType.NONE);
  }

  /**
   * The concern, read afresh and locked for a change, if the viewer may see it.
   *
   * @throws AccessDenied as {@link #require(Viewer, String)}
   */
  public Concern requireLocked(Viewer viewer, String publicId) {
    return require(viewer, publicId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Concern require(Viewer viewer, String publicId, LockModeType lock) {
    var query =
        em.createNamedQuery(Concern.BY_PUBLIC_ID, Concern.class).setParameter("publicId", publicId);
    if (lock != LockModeType.NONE) {
      // A lock reads the row as it is now, not as this request's earlier read left it.
      query.setLockMode(lock).setHint("eclipselink.refresh", "true");
    }
    var concern = publicId == null ? null : query.getResultStream().findFirst().orElse(null);
    if (concern == null || !maySee(viewer, concern)) {
      throw refusal("concern " + publicId);
    }
    return concern;
  }

  /** Logs the refusal (in its own transaction: the refusal rolls the caller's back). */
  public AccessDenied refusal(String what) {
    var user = currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous";
    auditLog.refused(user, currentUser.getRole().map(Role::roleName).orElse(null), what);
    return new AccessDenied(user + " may not see " + what);
  }
}
