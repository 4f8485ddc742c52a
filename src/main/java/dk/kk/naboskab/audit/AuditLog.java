package dk.kk.naboskab.audit;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.Published;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends to and reads the read log. Every row is one INSERT in the caller's transaction, so a read
 * that is rolled back leaves no row and a read that is shown always has one; the hash chain is
 * added after the commit ({@link dk.kk.naboskab.audit.application.ChainSealer}).
 */
@Published("every context: record what a person read, did or was refused")
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {
  private static final int SUBJECT_LENGTH = 200;

  @PersistenceContext EntityManager em;

  @jakarta.annotation.Resource(lookup = dk.kk.naboskab.shared.Database.JNDI_NAME)
  javax.sql.DataSource dataSource;

  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject HttpServletRequest request;

  /** Something a named person did that carries no personal data (a sign-in). */
  public void record(String actor, String actorRole, AuditEvent.Action action, String subject) {
    insert(
        actor,
        actorRole,
        action,
        AuditEvent.Outcome.DONE,
        subject,
        List.of(new About(null, null, null)));
  }

  /** Whose data a read touched: the tenant, and the concern and file when there is one. */
  public record About(Long tenantId, Long concernId, Long attachmentId) {
    public static About tenant(long tenantId) {
      return new About(tenantId, null, null);
    }

    public static About concern(long tenantId, long concernId) {
      return new About(tenantId, concernId, null);
    }
  }

  /**
   * The signed-in person read someone's data (or searched and found none): one row, in the caller's
   * transaction, with the person's role and unit and the page it was read through.
   */
  public void read(AuditEvent.Action action, About about, AuditEvent.Outcome outcome) {
    insert(
        currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous",
        currentUser.getRole().map(Role::roleName).orElse(null),
        action,
        outcome,
        null,
        List.of(about));
  }

  /**
   * The signed-in person read data the log has no column for (a shelter stay): one row like {@link
   * #read}, naming what was read in the subject, e.g. {@code stay 12}.
   */
  public void read(AuditEvent.Action action, String subject, AuditEvent.Outcome outcome) {
    insert(
        currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous",
        currentUser.getRole().map(Role::roleName).orElse(null),
        action,
        outcome,
        subject,
        List.of(new About(null, null, null)));
  }

  /**
   * The signed-in person received many people's data at once (a download): one row per person, in
   * the caller's transaction and in one batch, so each tenant's disclosure names the download.
   */
  public void readAll(
      AuditEvent.Action action, java.util.Collection<About> abouts, AuditEvent.Outcome outcome) {
    if (abouts.isEmpty()) {
      return;
    }
    insert(
        currentUser.isSignedIn() ? currentUser.getUsername() : "anonymous",
        currentUser.getRole().map(Role::roleName).orElse(null),
        action,
        outcome,
        null,
        abouts);
  }

  /**
   * Logs a refusal in a transaction of its own: the refusal rolls the caller's back, and the log of
   * it must stay.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String actor, String actorRole, String subject) {
    insert(
        actor,
        actorRole,
        AuditEvent.Action.REFUSED,
        AuditEvent.Outcome.REFUSED,
        subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject,
        List.of(new About(null, null, null)));
  }

  /** The newest events by one person, newest first. */
  public List<AuditEvent> latestBy(String actor, int max) {
    return em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class)
        .setParameter("actor", actor)
        .setMaxResults(max)
        .getResultList();
  }

  /** The newest rows by anyone, newest first (the administrators' page). */
  public List<AuditEvent> latest(int max) {
    return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Every row about one tenant's data, oldest first: who read it, when, and for what. */
  public List<AuditEvent> ofTenant(long tenantId) {
    return em.createNamedQuery(AuditEvent.OF_TENANT, AuditEvent.class)
        .setParameter("tenant", tenantId)
        .getResultList();
  }

  /**
   * One INSERT on the portal's data source: inside the caller's transaction the connection is
   * enlisted in it (a rollback takes the row with it); a read made outside any transaction — a
   * page's reads are single statements — writes its row as a statement of its own before the data
   * is returned, so a read that is shown always has its row, and a page pays no transaction for it.
   */
  private void insert(
      String actor,
      String actorRole,
      AuditEvent.Action action,
      AuditEvent.Outcome outcome,
      String subject,
      java.util.Collection<About> abouts) {
    try (var connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "insert into audit_event (occurred_at, actor, actor_role, actor_unit, action,"
                    + " purpose, outcome, subject, tenant_id, concern_id, attachment_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      var at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      var unit = unit();
      var purpose = Purposes.of(servletPath());
      for (var about : abouts) {
        insert.setObject(1, at);
        insert.setString(2, actor);
        insert.setString(3, actorRole);
        insert.setString(4, unit);
        insert.setString(5, action.name());
        insert.setString(6, purpose);
        insert.setString(7, outcome.name());
        insert.setString(8, subject);
        insert.setObject(9, about.tenantId());
        insert.setObject(10, about.concernId());
        insert.setObject(11, about.attachmentId());
        if (abouts.size() == 1) {
          insert.executeUpdate();
        } else {
          insert.addBatch();
        }
      }
      if (abouts.size() > 1) {
        insert.executeBatch();
      }
    } catch (java.sql.SQLException e) {
      // No row, no read: the caller's read fails with it.
      throw new IllegalStateException("Could not write the read log: " + e.getMessage(), e);
    }
  }

  private String unit() {
    return currentUser.isSignedIn()
        ? currentUser.getAssociation().or(currentUser::getUnit).orElse(null)
        : null;
  }

  /** The page the request came through; none outside a request (a timer). */
  private String servletPath() {
    try {
      return request.getServletPath() + (request.getPathInfo() == null ? "" : "/");
    } catch (RuntimeException outsideARequest) {
      return null;
    }
  }
}
