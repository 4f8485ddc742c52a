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
      unread = notifications.unreadCount();
    }
    return unread;
  }
}
