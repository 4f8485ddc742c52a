package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.Stays;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The shelter staff's and case workers' start pages: the open documentation requests, and the
 * recommendations waiting for a case worker's approval.
 */
@Named
@RequestScoped
public class PathwayStartView {
  @Inject Stays stays;

  private List<Stays.RequestView> requests;
  private List<Stays.AwaitingApproval> awaiting;

  public List<Stays.RequestView> getOpenRequests() {
    if (requests == null) {
      requests = stays.openRequests(dk.kk.naboskab.shared.web.LanguageView.current());
    }
    return requests;
  }

  /** A case worker's colleagues' recommendations waiting for their approval. */
  public List<Stays.AwaitingApproval> getAwaitingApproval() {
    if (awaiting == null) {
      awaiting = stays.awaitingMyApproval();
    }
    return awaiting;
  }
}
