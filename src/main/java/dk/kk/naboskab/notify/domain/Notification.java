package dk.kk.naboskab.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a user should know about, shown in the portal: a message key and one argument (so it
 * reads in the user's language), and where to go. It holds nothing the user may not see: for the
 * association, the category and a link — never a note's words.
 */
@Entity
@Table(name = "notification")
public class Notification implements java.io.Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 100)
  private String username;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "text_key", nullable = false, updatable = false, length = 60)
  private String textKey;

  @Column(updatable = false, length = 200)
  private String argument;

  @Column(updatable = false, length = 200)
  private String link;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      String username, Instant createdAt, String textKey, String argument, String link) {
    this.username = Objects.requireNonNull(username);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.textKey = Objects.requireNonNull(textKey);
    this.argument = argument;
    this.link = link;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getTextKey() {
    return textKey;
  }

  public String getArgument() {
    return argument;
  }

  public String getLink() {
    return link;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
