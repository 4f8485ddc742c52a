package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in support worker's kind, for the page header: a claim read by its owner. */
@Named
@RequestScoped
public class SignedInWorkerType {
  @Inject CurrentUser user;

  /** The message key of the kind's label, or null for anyone who is not a support worker. */
  public String getLabelKey() {
    return user.getWorkerTypeClaim()
        .flatMap(WorkerType::fromClaim)
        .map(WorkerType::labelKey)
        .orElse(null);
  }
}
