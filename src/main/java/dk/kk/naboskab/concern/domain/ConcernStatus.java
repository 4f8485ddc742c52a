package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.Published;
import java.util.EnumSet;
import java.util.Set;

/** Where a concern stands. */
@Published("api: its name in the API's JSON")
public enum ConcernStatus {
  /** Filed and routed; nobody has acknowledged it yet. */
  NEW,
  ACKNOWLEDGED,
  /** The worker asked the association for more information. */
  AWAITING_INFO,
  /** The worker resolved it; the association may confirm or reopen it for 14 days. */
  RESOLVED,
  /** The association reopened it after resolution. */
  REOPENED,
  /** Confirmed by the association, or resolved more than 14 days ago. */
  CLOSED;

  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }

  /** The statuses of concerns still being worked: what inboxes and escalation look at. */
  public static Set<ConcernStatus> open() {
    var open = EnumSet.noneOf(ConcernStatus.class);
    for (var status : values()) {
      if (status.isOpen()) {
        open.add(status);
      }
    }
    return open;
  }
}
