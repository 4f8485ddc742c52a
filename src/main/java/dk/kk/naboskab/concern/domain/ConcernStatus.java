package dk.kk.naboskab.concern.domain;

/** Where a concern stands. */
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
}
