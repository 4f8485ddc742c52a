package dk.kk.naboskab.notify.infrastructure;

import dk.kk.naboskab.notify.domain.OutgoingMail;
import dk.kk.naboskab.shared.Setting;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Hands mails to the SMTP server over one connection per batch and reports each one's outcome as
 * soon as it is known, so the outbox can mark it before the next is sent.
 */
public final class SmtpRelay {
  private static final int CONNECT_TIMEOUT_MS = 10_000;
  private static final int IO_TIMEOUT_MS = 30_000;

  /** The server and sender, from {@link Setting}. */
  public record Server(
      String host, int port, String security, String user, String password, String from) {
    public static Server fromSettings() {
      return new Server(
          Setting.MAIL_HOST.value(),
          Integer.parseInt(Setting.MAIL_PORT.value()),
          Setting.MAIL_SECURITY.value(),
          Setting.MAIL_USER.value(),
          Setting.MAIL_PASSWORD.value(),
          Setting.MAIL_FROM.value());
    }

    @Override
    public String toString() {
      return host + ":" + port + " (" + security + ")";
    }
  }

  /**
   * One mail's outcome.
   *
   * @param permanent the server refused it for good (e.g. an unknown address): trying again is
   *     pointless
   */
  public record Result(long mailId, boolean sent, boolean permanent, String error) {
    static Result sent(long id) {
      return new Result(id, true, false, null);
    }

    static Result failed(long id, boolean permanent, String error) {
      return new Result(id, false, permanent, error);
    }
  }

  private final Server server;
  private final Session session;

  public SmtpRelay(Server server) {
    this.server = server;
    this.session = Session.getInstance(properties(server));
  }

  /**
   * Sends the mails in order over one connection, telling {@code outcome} about each. When the
   * server cannot be reached or the connection breaks, every mail not yet sent is reported as a
   * failure to try again later.
   */
  public void send(List<OutgoingMail> mails, Consumer<Result> outcome) {
    if (mails.isEmpty()) {
      return;
    }
    Transport transport;
    try {
      transport = session.getTransport("smtp");
      transport.connect(server.host(), server.port(), blankToNull(server.user()), password());
    } catch (MessagingException e) {
      var error = "Mailserveren " + server + " kan ikke nås: " + describe(e);
      mails.forEach(m -> outcome.accept(Result.failed(m.getId(), false, error)));
      return;
    }
    try {
      for (var i = 0; i < mails.size(); i++) {
        var mail = mails.get(i);
        if (!transport.isConnected()) {
          var error = "Mailserveren " + server + " lukkede forbindelsen";
          mails
              .subList(i, mails.size())
              .forEach(m -> outcome.accept(Result.failed(m.getId(), false, error)));
          return;
        }
        outcome.accept(sendOne(transport, mail));
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // The mails are sent; a failing QUIT changes nothing.
      }
    }
  }

  private Result sendOne(Transport transport, OutgoingMail mail) {
    MimeMessage message;
    try {
      message = message(mail);
    } catch (AddressException e) {
      return Result.failed(mail.getId(), true, "Ikke en e-mailadresse: " + mail.getRecipient());
    } catch (MessagingException | UnsupportedEncodingException e) {
      return Result.failed(mail.getId(), true, "Mailen kunne ikke skrives: " + describe(e));
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
      return Result.sent(mail.getId());
    } catch (SendFailedException e) {
      // The server refused the recipient: 5xx is for good, 4xx (mailbox busy, greylisting) is not.
      var permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      return Result.failed(mail.getId(), permanent, "Afvist af mailserveren: " + describe(e));
    } catch (MessagingException e) {
      return Result.failed(mail.getId(), false, describe(e));
    }
  }

  private MimeMessage message(OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    // The same Message-ID every time: should a mail ever go twice (the portal stopped between
    // sending and marking), mail programs show it once.
    var messageId = "<naboskab-" + mail.getId() + "@" + domainOf(server.from()) + ">";
    var message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(server.from(), "Naboskab", "UTF-8"));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(mail.getCreatedAt()));
    // RFC 3834: an automatic mail, so out-of-office replies do not answer it.
    message.setHeader("Auto-Submitted", "auto-generated");
    message.saveChanges();
    return message;
  }

  private static Properties properties(Server server) {
    var properties = new Properties();
    properties.put("mail.smtp.host", server.host());
    properties.put("mail.smtp.port", String.valueOf(server.port()));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    properties.put("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MS));
    properties.put("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MS));
    properties.put("mail.smtp.auth", String.valueOf(!server.user().isBlank()));
    switch (server.security()) {
      case "STARTTLS" -> {
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case "SSL" -> {
        properties.put("mail.smtp.ssl.enable", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      default -> {}
    }
    return properties;
  }

  private String password() {
    return server.user().isBlank() ? null : server.password();
  }

  private static String domainOf(String address) {
    return address.substring(address.indexOf('@') + 1);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String describe(Exception e) {
    var cause = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
    return e.getMessage() + cause;
  }
}
