package dk.kk.naboskab.notify.application;

import dk.kk.naboskab.notify.domain.Notification;
import dk.kk.naboskab.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * In-portal notifications. {@link #tell} joins the caller's transaction, so a notification exists
 * exactly when the event that caused it does. Everyone reads only their own.
 */
@Stateless
@PermitAll
public class Notifications {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Tells a user something, in the caller's transaction. */
  public void tell(String username, String textKey, String argument, String link) {
    if (username == null || username.isBlank()) {
      return;
    }
    em.persist(new Notification(username, clock.instant(), textKey, argument, link));
  }

  /** The signed-in user's unread count, for the header. */
  public long unreadCount() {
    if (!currentUser.isSignedIn()) {
      return 0;
    }
    return em.createQuery(
            "select count(n) from Notification n where n.username = :user and n.readAt is null",
            Long.class)
        .setParameter("user", currentUser.getUsername())
        .getSingleResult();
  }

  /** The signed-in user's latest notifications, newest first. */
  public List<Notification> mine(int max) {
    return em.createQuery(
            "select n from Notification n where n.username = :user order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("user", currentUser.getUsername())
        .setMaxResults(max)
        .getResultList();
  }

  /** Marks all the signed-in user's notifications read. */
  public void markAllRead() {
    em.createQuery(
            "update Notification n set n.readAt = :now where n.username = :user and n.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("user", currentUser.getUsername())
        .executeUpdate();
  }
}
