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

  @Inject transient Notifications notifications;

  private List<Notification> latest;

  /** The view action: shows the latest and marks them read. */
  public void load() {
    if (latest == null) {
      latest = notifications.mine(100);
      notifications.markAllRead();
    }
  }

  public List<Notification> getLatest() {
    return latest;
  }
}
