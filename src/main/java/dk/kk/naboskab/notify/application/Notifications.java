package dk.kk.naboskab.notify.application;

import dk.kk.naboskab.notify.domain.Notification;
import dk.kk.naboskab.notify.domain.OutgoingMail;
import dk.kk.naboskab.notify.domain.Recipient;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.Setting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Notifications: the bell in the portal and a mail. {@link #tell} joins the caller's transaction,
 * so a notification — and its mail in the outbox — exists exactly when the event that caused it
 * does; the {@link MailSender} delivers the mail later. Everyone reads only their own.
 *
 * <p>A mail says what happened, names a category and links to the portal: never a tenant's name, a
 * note or anything else a reader would need to sign in for. Mail leaves the municipality's systems;
 * the portal's access rules do not.
 */
@Published("concern: tell people and mail them")
@Stateless
@PermitAll
public class Notifications {
  /** Mail goes out in Danish: the portal does not know a mailbox's reader. */
  private static final Locale DANISH = Locale.forLanguageTag("da");

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * Tells someone something, in the caller's transaction: on their bell when they are a portal
   * user, by mail when they have an address.
   *
   * @param textKey a message key taking {@code argument} as {0}: what happened, without personal
   *     data
   * @param link the portal page, from the portal's root (e.g. {@code /concern/concern.xhtml?id=…})
   */
  public void tell(Recipient to, String textKey, String argument, String link) {
    if (to.isNobody()) {
      return;
    }
    var now = clock.instant();
    if (to.username() != null) {
      em.persist(new Notification(to.username(), now, textKey, argument, link));
    }
    if (to.email() != null) {
      var text = Messages.text(DANISH, textKey, argument);
      var body =
          Messages.text(
              DANISH, "mail.body", text, Setting.PORTAL_URL.value().replaceAll("/+$", "") + link);
      em.persist(new OutgoingMail(to.email(), "Naboskab: " + text, body, now));
    }
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
