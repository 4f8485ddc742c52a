package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;

/** The municipality's readers of figures: coordinators see everything, analysts aggregates only. */
final class InsightReaders {
  private InsightReaders() {}

  /**
   * @return whether the reader is an analyst (no group under {@link ResponseTimes#SMALLEST_CELL})
   * @throws AccessDenied for anyone but coordinators and analysts
   */
  static boolean isAnalyst(CurrentUser currentUser) {
    if (currentUser.hasRole(Role.COORDINATOR)) {
      return false;
    }
    if (currentUser.hasRole(Role.ANALYST)) {
      return true;
    }
    throw new AccessDenied(
        (currentUser.isSignedIn() ? currentUser.getUsername() : "an anonymous caller")
            + " may not see these figures");
  }
}
