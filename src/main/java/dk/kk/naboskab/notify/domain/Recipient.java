package dk.kk.naboskab.notify.domain;

import dk.kk.naboskab.shared.Published;

/**
 * Whom a notification is for: a portal user (their bell), an e-mail address (a mail), or both. A
 * team mailbox has an address and no user; a user Keycloak knows no address for has only the bell.
 */
@Published("concern: who a notification is for")
public record Recipient(String username, String email) {
  public Recipient {
    username = blankToNull(username);
    email = blankToNull(email);
  }

  /** A team's or unit leader's mailbox: mail only. */
  public static Recipient mailbox(String email) {
    return new Recipient(null, email);
  }

  public boolean isNobody() {
    return username == null && email == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
