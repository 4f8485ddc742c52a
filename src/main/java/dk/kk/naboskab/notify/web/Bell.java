package dk.kk.naboskab.notify.web;

import dk.kk.naboskab.notify.application.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's bell: the signed-in user's unread notifications, counted once per request. */
@Named
@RequestScoped
public class Bell {
  @Inject Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      try {
        unread = notifications.unreadCount();
      } catch (RuntimeException databaseAway) {
        // The header of every page, the failure page's too: a count that cannot be had is not
        // shown, rather than the page failing again (#19: the database restarting).
        java.util.logging.Logger.getLogger(Bell.class.getName())
            .fine(() -> "unread notifications not counted: " + databaseAway);
        unread = 0L;
      }
    }
    return unread;
  }
}
