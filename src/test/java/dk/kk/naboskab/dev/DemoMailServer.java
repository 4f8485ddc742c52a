package dk.kk.naboskab.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's mail server: a real SMTP server (GreenMail) on 127.0.0.1 that keeps every mail the
 * portal sends as an {@code .eml} file (open it in any mail program) and says so on the console.
 */
final class DemoMailServer implements AutoCloseable {
  private final GreenMail server;
  private final Path folder;
  private final ScheduledExecutorService watcher;
  private int seen;

  private DemoMailServer(GreenMail server, Path folder) {
    this.server = server;
    this.folder = folder;
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              var thread = new Thread(r, "naboskab-demo-mail");
              thread.setDaemon(true);
              return thread;
            });
  }

  static DemoMailServer start(int port, Path folder) throws IOException {
    Files.createDirectories(folder);
    var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    var mail = new DemoMailServer(server, folder);
    mail.watcher.scheduleWithFixedDelay(mail::keepNew, 2, 2, TimeUnit.SECONDS);
    return mail;
  }

  /** Writes the mails that came since the last look and prints one line about them. */
  private synchronized void keepNew() {
    var received = server.getReceivedMessages();
    if (received.length <= seen) {
      return;
    }
    var fresh = Arrays.copyOfRange(received, seen, received.length);
    try {
      for (var i = 0; i < fresh.length; i++) {
        try (OutputStream out =
            Files.newOutputStream(folder.resolve(String.format("%05d.eml", seen + i + 1)))) {
          fresh[i].writeTo(out);
        }
      }
      var last = fresh[fresh.length - 1];
      System.out.println(
          "[naboskab] Mail: "
              + fresh.length
              + " new, "
              + received.length
              + " in all (latest to "
              + to(last)
              + ": "
              + last.getSubject()
              + ") in "
              + folder);
    } catch (IOException | MessagingException e) {
      System.err.println("[naboskab] Mail: could not keep a mail: " + e.getMessage());
    }
    seen = received.length;
  }

  private static String to(MimeMessage message) throws MessagingException {
    var recipients = message.getAllRecipients();
    return recipients == null || recipients.length == 0 ? "?" : recipients[0].toString();
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    keepNew();
    server.stop();
  }
}
