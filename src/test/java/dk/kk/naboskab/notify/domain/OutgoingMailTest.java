package dk.kk.naboskab.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {
  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private static final Duration BASE = Duration.ofSeconds(60);

  private static OutgoingMail mail() {
    return new OutgoingMail("bo@kk.example", "Naboskab: Ny henvendelse", "…", T0);
  }

  @Test
  void aNewMailIsDueAtOnceAndAClaimKeepsOtherRunsOffUntilItsLeaseEnds() {
    var mail = mail();
    assertTrue(mail.isDue(T0));

    mail.claim("run-a", T0.plusSeconds(300));

    assertFalse(mail.isDue(T0.plusSeconds(299)));
    assertFalse(mail.isDue(T0.plusSeconds(300)));
    assertTrue(mail.isDue(T0.plusSeconds(301)), "a run that died leaves the mail to the next");
  }

  @Test
  void onlyTheClaimsHolderMarksItSentAndOnlyOnce() {
    var mail = mail();
    mail.claim("run-a", T0.plusSeconds(300));

    assertFalse(mail.sent("run-b", T0.plusSeconds(1)), "another run's mark is refused");
    assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
    assertTrue(mail.sent("run-a", T0.plusSeconds(2)));
    assertFalse(mail.sent("run-a", T0.plusSeconds(3)), "marked once");

    assertEquals(OutgoingMail.Status.SENT, mail.getStatus());
    assertEquals(1, mail.getAttempts());
    assertEquals(T0.plusSeconds(2), mail.getSentAt());
    assertNull(mail.getClaimedBy());
    assertFalse(mail.isDue(T0.plusSeconds(9999)));
  }

  @Test
  void aTakenOverMailCannotBeMarkedByTheRunWhoseLeaseRanOut() {
    var mail = mail();
    mail.claim("slow-run", T0.plusSeconds(300));
    mail.claim("next-run", T0.plusSeconds(700));

    assertFalse(mail.failed("slow-run", T0.plusSeconds(400), "timeout", false, BASE));
    assertTrue(mail.sent("next-run", T0.plusSeconds(401)));
  }

  @Test
  void eachFailedTryWaitsTwiceAsLongUpToTwoHours() {
    assertEquals(Duration.ofSeconds(60), OutgoingMail.waitAfter(1, BASE));
    assertEquals(Duration.ofSeconds(120), OutgoingMail.waitAfter(2, BASE));
    assertEquals(Duration.ofSeconds(240), OutgoingMail.waitAfter(3, BASE));
    assertEquals(Duration.ofSeconds(3840), OutgoingMail.waitAfter(7, BASE));
    assertEquals(Duration.ofHours(2), OutgoingMail.waitAfter(8, BASE));
    assertEquals(Duration.ofHours(2), OutgoingMail.waitAfter(40, BASE));
  }

  @Test
  void aFailedTryIsRecordedAndTheMailWaitsItsTurn() {
    var mail = mail();
    mail.claim("run-a", T0.plusSeconds(300));

    assertTrue(mail.failed("run-a", T0.plusSeconds(5), "Connection refused", false, BASE));

    assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
    assertEquals(1, mail.getAttempts());
    assertEquals("Connection refused", mail.getLastError());
    assertEquals(T0.plusSeconds(65), mail.getNextAttemptAt());
    assertFalse(mail.isDue(T0.plusSeconds(64)));
    assertTrue(mail.isDue(T0.plusSeconds(65)), "the lease is released with the failure");
  }

  @Test
  void afterTheLastTryTheMailIsGivenUpAndShown() {
    var mail = mail();
    var at = T0;
    for (var i = 1; i <= OutgoingMail.MAX_ATTEMPTS; i++) {
      at = mail.getNextAttemptAt();
      mail.claim("run-" + i, at.plusSeconds(300));
      assertTrue(mail.failed("run-" + i, at, "Connection refused", false, BASE));
      assertEquals(
          i < OutgoingMail.MAX_ATTEMPTS ? OutgoingMail.Status.PENDING : OutgoingMail.Status.FAILED,
          mail.getStatus(),
          "after try " + i);
    }
    assertFalse(mail.isDue(at.plus(Duration.ofDays(30))));
  }

  @Test
  void aPermanentRefusalGivesUpAtOnce() {
    var mail = mail();
    mail.claim("run-a", T0.plusSeconds(300));

    mail.failed("run-a", T0, "550 no such user", true, BASE);

    assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
    assertEquals(1, mail.getAttempts());
  }

  @Test
  void anAdministratorsRetryMakesAGivenUpMailDueNowButNeverResendsASentOne() {
    var failed = mail();
    failed.claim("run-a", T0.plusSeconds(300));
    failed.failed("run-a", T0, "550 no such user", true, BASE);
    var sent = mail();
    sent.claim("run-a", T0.plusSeconds(300));
    sent.sent("run-a", T0);

    failed.retryNow(T0.plusSeconds(600));
    sent.retryNow(T0.plusSeconds(600));

    assertEquals(OutgoingMail.Status.PENDING, failed.getStatus());
    assertEquals(0, failed.getAttempts());
    assertTrue(failed.isDue(T0.plusSeconds(600)));
    assertEquals(OutgoingMail.Status.SENT, sent.getStatus());
  }

  @Test
  void aLongSubjectIsCutToTheColumn() {
    var mail = new OutgoingMail("a@b.example", "x".repeat(300), "body", T0);
    assertEquals(200, mail.getSubject().length());
  }

  @Test
  void aRecipientWithoutUserOrAddressIsNobody() {
    assertTrue(new Recipient(" ", null).isNobody());
    assertFalse(Recipient.mailbox("team@kk.example").isNobody());
    assertNull(Recipient.mailbox("team@kk.example").username());
  }
}
