package dk.kk.naboskab.notify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.Escalation;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.domain.Step;
import dk.kk.naboskab.notify.domain.Recipient;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.application.TenancyFixtures;
import dk.kk.naboskab.tenancy.application.TenancyService;
import dk.kk.naboskab.tenancy.domain.Period;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import dk.kk.naboskab.testsupport.TestClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In the container, with a real SMTP server (GreenMail) in the portal's own process on the port the
 * portal mails to: mails leave with the events that cause them, once each, and none is lost while
 * the server is down.
 */
@NaboskabIT
class MailIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Locale DANISH = Locale.forLanguageTag("da");

  /** Every test runs from a Wednesday morning in June 2026 (time runs), whatever day it is. */
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

  private static final String DESCRIPTION = "Høj musik hver nat, og han råber ad naboerne.";

  /** The mail server: lives in Payara's JVM, across this class's tests. */
  private static GreenMail smtp;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject ConcernService concerns;
  @Inject ConcernReading reading;
  @Inject ConcernChoices choices;
  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject Escalation escalation;
  @Inject Notifications notifications;
  @Inject MailSender sender;
  @Inject Outbox outbox;
  @Resource ManagedExecutorService executor;

  private String suffix;
  private TenancyFixtures.Organisation org;
  private long tenantId;
  private long categoryId;
  private String henrik;

  @BeforeEach
  void aTenantWithAHomeSupportWorkerAndAMailServer() {
    TestClock.runFrom(TODAY, java.time.LocalTime.of(10, 0));
    startMailServer();
    suffix = "m" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    org = fixtures.organisation(suffix);
    henrik = TenancyFixtures.email("henrik-" + suffix);
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenantId =
        tenancy
            .registerTenant(
                TenancyFixtures.housedTenant(org.departmentId(), "Else", "Postløs", TODAY))
            .getId();
    categoryId = choices.categories(DANISH).get(0).id();
  }

  @AfterEach
  void signOutAndReleaseTheClock() {
    ActingUser.anonymous();
    TestClock.release();
  }

  /** Payara runs on after this class: its mail server must not. */
  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  @Test
  void aRoutedConcernSendsExactlyOneMailToTheWorkerAndItHoldsNoPersonalData() throws Exception {
    assignHenrik();

    var id = file(Urgency.NORMAL);

    awaitMails(henrik, 1);
    settle(henrik);
    var mails = mailsTo(henrik);
    assertEquals(1, mails.size(), "exactly one mail to the worker");
    var mail = mails.get(0);
    var category = choices.categories(DANISH).get(0).label();
    assertEquals("Naboskab: Ny henvendelse til dig: " + category + ".", mail.getSubject());
    var body = (String) mail.getContent();
    assertTrue(
        body.contains(
            Setting.PORTAL_URL.value().replaceAll("/+$", "") + "/concern/concern.xhtml?id=" + id),
        body);
    for (var personal : List.of("Else", "Postløs", "Høj musik", "Gaden 1")) {
      assertFalse(
          body.contains(personal), "the mail names no tenant or what happened: " + personal);
      assertFalse(mail.getSubject().contains(personal), personal);
    }
    assertEquals(
        "<naboskab-" + outboxId(henrik) + "@it.example>", mail.getMessageID(), "a stable id");
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
    assertEquals(0, mailsTo(hanne()).size(), "the filer is not mailed about her own filing");
  }

  @Test
  void withTheMailServerDownFilingSucceedsNothingIsLostAndEachMailArrivesOnceWhenItIsBack()
      throws Exception {
    assignHenrik();
    smtp.stop();

    var ids = List.of(file(Urgency.NORMAL), file(Urgency.URGENT), file(Urgency.NORMAL));

    assertEquals(3, ids.stream().distinct().count(), "filing works without the mail server");
    // The sender's own timer may get to a mail first: whoever tries, each mail is tried once the
    // server is down and waits with the reason.
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    long waiting;
    do {
      sender.deliverDue(Duration.ofSeconds(10));
      waiting =
          fixtures.number(
              "select count(*) from mail_outbox where recipient = ?1 and status = 'PENDING'"
                  + " and attempts >= 1 and last_error like '%kan ikke nås%'",
              henrik);
    } while (waiting < 3 && System.nanoTime() < deadline);
    assertEquals(3, waiting, "the three mails wait, with the reason");
    ActingUser.actAs("admin", Role.ADMIN);
    assertTrue(outbox.overview().pending() >= 3);
    assertTrue(
        outbox.waiting(0, 500).stream().anyMatch(m -> m.getRecipient().equals(henrik)),
        "the administrators' page lists them");
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    assertThrows(AccessDenied.class, () -> outbox.overview(), "only administrators see the queue");

    startMailServer();
    awaitMails(henrik, 3);
    // Every sender that could still hold the mails runs again, four at once, and the timer ticks.
    runTogether(4);
    settle(henrik);

    assertEquals(3, mailsTo(henrik).size(), "each mail arrives exactly once");
    assertEquals(
        3,
        fixtures.number(
            "select count(*) from mail_outbox where recipient = ?1 and status = 'SENT'"
                + " and attempts >= 2 and sent_at is not null",
            henrik));
  }

  @Test
  void escalationMailsTheTeamOnceNotAtEveryTick() throws Exception {
    assignHenrik();
    var team = TenancyFixtures.teamEmail(suffix);
    file(Urgency.ACUTE);
    awaitMails(team, 1); // the acute alert
    var tenDaysLater =
        TODAY.plusDays(10).atTime(10, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();

    escalation.run(tenDaysLater);
    escalation.run(tenDaysLater);
    escalation.run(tenDaysLater.plusSeconds(60));

    awaitMails(team, 3);
    settle(team);
    settle(henrik);
    var subjects = subjects(team);
    assertEquals(3, subjects.size(), subjects.toString());
    assertEquals(
        1,
        subjects.stream().filter(s -> s.contains("Akut henvendelse")).count(),
        subjects.toString());
    assertEquals(
        2,
        subjects.stream().filter(s -> s.contains("eskaleret til teamet")).count(),
        "acknowledge and first reply, once each: " + subjects);
    assertEquals(
        2,
        subjects(henrik).stream().filter(s -> s.contains("overskredet")).count(),
        "the worker is told too, once per clock");
  }

  @Test
  void withNobodyAssignedTheTeamIsMailedAndTheAssociationHearsOnlyStatusAndALink()
      throws Exception {
    var team = TenancyFixtures.teamEmail(suffix);
    var id = file(Urgency.NORMAL);
    awaitMails(team, 1);
    assertTrue(subjects(team).get(0).contains("venter i teamets kø"), subjects(team).toString());

    ActingUser.actAs(org.housingAdvisorUsername(), Role.SUPPORT_WORKER);
    var details = reading.details(id, DANISH);
    concerns.take(
        id, details.version(), Step.NOTE, "Diagnose: skizofreni, ikke i behandling.", List.of());
    concerns.take(
        id,
        reading.details(id, DANISH).version(),
        Step.REPLY,
        "Vi har talt med ham om musikken.",
        List.of());

    awaitMails(hanne(), 1);
    settle(hanne());
    var mails = mailsTo(hanne());
    assertEquals(1, mails.size(), "one mail for the reply; none for the internal note");
    var body = (String) mails.get(0).getContent();
    assertTrue(
        mails.get(0).getSubject().contains("Kommunen har svaret"), mails.get(0).getSubject());
    assertTrue(body.contains("/concern/concern.xhtml?id=" + id), body);
    for (var secret : List.of("Diagnose", "skizofreni", "musikken", "Else", "Postløs")) {
      assertFalse(body.contains(secret), "the association's mail holds only status and a link");
    }
  }

  /**
   * Many mails, four senders at once and the timer: each mail arrives once. Prints the outbox's
   * throughput beside plain SMTP's over one connection, measured in the same run.
   */
  /** A throughput run: in the benchmarks ({@code mvn -Pbench}), not in the test command. */
  @Test
  @Tag("bench")
  void manyMailsWithSendersRacingArriveOnceEachAndTheThroughputIsPrinted() throws Exception {
    var count = 400;
    var address = "many-" + suffix + "@kk.example";
    fixtures.number("select 1"); // warm the pool
    enqueue(address, count);

    var started = System.nanoTime();
    runTogether(4);
    awaitMails(address, count);
    var outboxSeconds = (System.nanoTime() - started) / 1e9;
    settle(address);

    var received = mailsTo(address);
    assertEquals(count, received.size(), "each mail once");
    assertEquals(
        count,
        received.stream().map(MailIT::messageId).distinct().count(),
        "no mail twice: every Message-ID differs");
    assertEquals(
        count,
        fixtures.number(
            "select count(*) from mail_outbox where recipient = ?1 and status = 'SENT'", address));

    var plainSeconds = plainSmtp("plain-" + suffix + "@kk.example", count);
    System.out.printf(
        Locale.ROOT,
        "MAIL THROUGHPUT: outbox %d mails in %.2f s = %.0f mails/s (claim, send, mark each);"
            + " plain SMTP on one connection %.0f mails/s; ratio %.2f%n",
        count,
        outboxSeconds,
        count / outboxSeconds,
        count / plainSeconds,
        outboxSeconds / plainSeconds);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void enqueue(String address, int count) {
    // The outbox's own write path, as an event's transaction uses it.
    for (var i = 0; i < count; i++) {
      notifications.tell(Recipient.mailbox(address), "notify.teamQueue", "Mail " + i, "/");
    }
  }

  private double plainSmtp(String address, int count) throws MessagingException {
    var properties = new Properties();
    properties.put("mail.smtp.host", Setting.MAIL_HOST.value());
    properties.put("mail.smtp.port", Setting.MAIL_PORT.value());
    var session = Session.getInstance(properties);
    var started = System.nanoTime();
    try (var transport = session.getTransport("smtp")) {
      transport.connect();
      for (var i = 0; i < count; i++) {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(Setting.MAIL_FROM.value()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        message.setSubject("Naboskab: plain " + i, "UTF-8");
        message.setText("plain", "UTF-8");
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private void runTogether(int senders) throws Exception {
    var runs = new ArrayList<Future<MailSender.Delivery>>();
    for (var i = 0; i < senders; i++) {
      runs.add(executor.submit(() -> sender.deliverDue(Duration.ofSeconds(60))));
    }
    for (var run : runs) {
      run.get();
    }
  }

  private void assignHenrik() {
    ActingUser.actAsCoordinatorOf("karin", org.unitCode());
    tenancy.assign(
        tenantId, org.homeSupportId(), WorkerType.HOME_SUPPORT, Period.from(TODAY.minusMonths(1)));
  }

  private String file(Urgency urgency) {
    ActingUser.actAs("hanne-" + suffix, Role.HOUSING_STAFF, org.associationCode());
    return concerns.file(
        new FileConcern(tenantId, categoryId, urgency, DESCRIPTION, null, "Opgang B"), List.of());
  }

  private String hanne() {
    return "hanne-" + suffix + "@example.test";
  }

  private long outboxId(String recipient) {
    return fixtures.number("select max(id) from mail_outbox where recipient = ?1", recipient);
  }

  /**
   * A mail server on the portal's mail port. A stopped GreenMail forgets what it received, so a
   * test that stops it reads only what arrives after the restart: every test mails its own
   * addresses.
   */
  private static void startMailServer() {
    if (smtp != null && smtp.isRunning()) {
      return;
    }
    var port = Integer.parseInt(Setting.MAIL_PORT.value());
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** Mails delivered to the address, in the order they arrived. */
  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  private static List<String> subjects(String address) {
    return mailsTo(address).stream().map(MailIT::subject).toList();
  }

  /** Sends what is due (the timer does too) until the address has {@code count} mails. */
  private void awaitMails(String address, int count) throws InterruptedException {
    await(
        () -> {
          sender.deliverDue(Duration.ofSeconds(10));
          return mailsTo(address).size() >= count;
        },
        "the mail server to receive " + count + " mail(s) for " + address);
  }

  /**
   * Waits until no sender holds a claim on a mail to the address, then runs the sender once more: a
   * mail sent twice would have to be claimed twice, and a claim is held until the mail is marked
   * sent, so afterwards the mail server holds every copy that will ever arrive.
   */
  private void settle(String address) throws InterruptedException {
    await(
        () ->
            fixtures.number(
                    "select count(*) from mail_outbox where recipient = ?1"
                        + " and (status <> 'SENT' or claimed_by is not null)",
                    address)
                == 0,
        "every mail to " + address + " sent and unclaimed");
    sender.deliverDue(Duration.ofSeconds(10));
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited a minute for " + what);
      }
      Thread.sleep(250);
    }
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unused")
  private static String content(MimeMessage message) throws IOException, MessagingException {
    return (String) message.getContent();
  }
}
