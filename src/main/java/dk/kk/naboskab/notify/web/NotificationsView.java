package dk.kk.naboskab.notify.web;

import dk.kk.naboskab.notify.application.Notifications;
import dk.kk.naboskab.notify.domain.Notification;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The list of one's notifications; opening it marks them read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;

  private List<Notification> latest;

  /** The view action: shows the latest. Reading a page changes nothing; marking read is a post. */
  public void load() {
    if (latest == null) {
      latest = notifications.mine(100);
    }
  }

  /** Marks every notification read, and shows them so. */
  public void markAllRead() {
    notifications.markAllRead();
    latest = notifications.mine(100);
  }

  public boolean isAnyUnread() {
    return latest != null && latest.stream().anyMatch(n -> !n.isRead());
  }

  public List<Notification> getLatest() {
    return latest;
  }
}
