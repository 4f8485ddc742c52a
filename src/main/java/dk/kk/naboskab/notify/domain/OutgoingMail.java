package dk.kk.naboskab.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail in the outbox. It is written with the event that causes it and leaves by the sender: a
 * claim (a short lease, so two portal instances never send it at once), then exactly one outcome —
 * sent, or a failure that waits twice as long before each new try and gives up after {@link
 * #MAX_ATTEMPTS} or at once when the server refuses the address for good. Only the claim's holder
 * may record the outcome.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail implements java.io.Serializable {
  /** Tries before a mail is given up and shown as failed (about 8½ hours at a 60-second base). */
  public static final int MAX_ATTEMPTS = 10;

  /** The longest wait between two tries. */
  public static final Duration MAX_WAIT = Duration.ofHours(2);

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, updatable = false, length = 200)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 200)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  /**
   * {@link #retryNow} for every mail not yet sent; parameters {@code pending}, {@code sent} (the
   * statuses) and {@code now}.
   */
  public static final String RETRY_ALL_NOW =
      """
      update OutgoingMail m set m.status = :pending, m.attempts = 0, m.nextAttemptAt = :now, m.claimedBy = null, m.claimedUntil = null
      where m.status <> :sent""";

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by", length = 40)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutgoingMail() {}

  public OutgoingMail(String recipient, String subject, String body, Instant createdAt) {
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = cut(Objects.requireNonNull(subject), 200);
    this.body = Objects.requireNonNull(body);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = Status.PENDING;
    this.nextAttemptAt = createdAt;
  }

  /** Whether the sender may take it now: pending, due, and not held by another run's lease. */
  public boolean isDue(Instant now) {
    return status == Status.PENDING
        && !nextAttemptAt.isAfter(now)
        && (claimedUntil == null || claimedUntil.isBefore(now));
  }

  /** Takes the lease for a sender run. */
  public void claim(String run, Instant until) {
    claimedBy = Objects.requireNonNull(run);
    claimedUntil = Objects.requireNonNull(until);
  }

  /**
   * Records that the server accepted it.
   *
   * @return false, changing nothing, when this run does not hold the claim (its lease ran out and
   *     another run took it) or the mail is no longer pending
   */
  public boolean sent(String run, Instant at) {
    if (!holds(run)) {
      return false;
    }
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
    release();
    return true;
  }

  /**
   * Records a failed try: the next waits {@code base} × 2^(tries − 1), at most {@link #MAX_WAIT}; a
   * permanent refusal or the last try marks it failed.
   *
   * @return false, changing nothing, when this run does not hold the claim
   */
  public boolean failed(String run, Instant at, String error, boolean permanent, Duration base) {
    if (!holds(run)) {
      return false;
    }
    attempts++;
    lastError = cut(error == null ? "unknown error" : error, 500);
    if (permanent || attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = at.plus(waitAfter(attempts, base));
    }
    release();
    return true;
  }

  /**
   * An administrator sends it again: pending and due now, with a fresh count of tries, unclaimed.
   * {@link #RETRY_ALL_NOW} is the same for every mail not sent, in one statement.
   */
  public void retryNow(Instant at) {
    if (status == Status.SENT) {
      return;
    }
    status = Status.PENDING;
    attempts = 0;
    nextAttemptAt = at;
    release();
  }

  /** The wait after the given number of failed tries. */
  public static Duration waitAfter(int failedTries, Duration base) {
    return dk.kk.naboskab.shared.Backoff.after(failedTries, base, MAX_WAIT);
  }

  private boolean holds(String run) {
    return status == Status.PENDING && run != null && run.equals(claimedBy);
  }

  private void release() {
    claimedBy = null;
    claimedUntil = null;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }
}
