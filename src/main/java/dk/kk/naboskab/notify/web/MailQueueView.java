package dk.kk.naboskab.notify.web;

import dk.kk.naboskab.notify.application.Outbox;
import dk.kk.naboskab.notify.domain.OutgoingMail;
import dk.kk.naboskab.notify.infrastructure.SmtpRelay;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrators' view of the mail outbox: what waits, what failed and why, what went out
 * lately — and a button to send the waiting and failed mails again now.
 */
@Named
@ViewScoped
public class MailQueueView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The page shows this many waiting mails; the counts above it tell the whole. */
  static final int SHOWN = 200;

  @Inject Outbox outbox;

  private Outbox.Overview overview;
  private List<OutgoingMail> waiting;
  private List<OutgoingMail> sent;

  @PostConstruct
  void load() {
    overview = outbox.overview();
    waiting = outbox.waiting(0, SHOWN);
    sent = outbox.recentlySent(20);
  }

  public void retryNow() {
    var count = outbox.retryNow();
    load();
    Forms.confirm("mailAdmin.retried", count);
  }

  public Outbox.Overview getOverview() {
    return overview;
  }

  public List<OutgoingMail> getWaiting() {
    return waiting;
  }

  public List<OutgoingMail> getSent() {
    return sent;
  }

  public int getShown() {
    return SHOWN;
  }

  /** The server and sender the portal mails through, as configured. */
  public String getServer() {
    return SmtpRelay.Server.fromSettings() + " · " + Setting.MAIL_FROM.value();
  }
}
