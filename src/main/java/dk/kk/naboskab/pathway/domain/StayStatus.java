package dk.kk.naboskab.pathway.domain;

/**
 * Where a stay is on the pathway. A stay starts {@link #STAYING}; the case worker may first mark
 * the citizen clarified (the assessment is done) and then records a recommendation; the citizen
 * moves out from any of them. Moved out is the end.
 */
public enum StayStatus {
  /** Intake done; the shelter documents, the case worker clarifies. */
  STAYING,
  /** The case worker's assessment is done; a recommendation is being decided. */
  CLARIFIED,
  /** A recommendation is recorded: own home with a support track, or another housing offer. */
  RECOMMENDED,
  /** The citizen has left the shelter. */
  MOVED_OUT;

  /** Whether the stay may go from this state to {@code next}. */
  public boolean mayBecome(StayStatus next) {
    return switch (this) {
      case STAYING -> next == CLARIFIED || next == RECOMMENDED || next == MOVED_OUT;
      case CLARIFIED -> next == RECOMMENDED || next == MOVED_OUT;
      case RECOMMENDED -> next == MOVED_OUT;
      case MOVED_OUT -> false;
    };
  }

  /** Whether the stay is still open: the shelter documents and the counter runs. */
  public boolean isOpen() {
    return this != MOVED_OUT;
  }
}
