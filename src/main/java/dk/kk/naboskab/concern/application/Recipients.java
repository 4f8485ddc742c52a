package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.notify.domain.Recipient;
import dk.kk.naboskab.tenancy.application.TenancyFacts;

/** Who hears about a concern: its worker, its filer, its unit's housing-social team. */
final class Recipients {
  private Recipients() {}

  /** A worker: their bell and their mail. */
  static Recipient worker(TenancyFacts facts, long workerId) {
    var worker =
        facts
            .worker(workerId)
            .orElseThrow(() -> new IllegalStateException("no worker " + workerId));
    return new Recipient(worker.username(), worker.email());
  }

  /** The housing officer who filed it: their bell and the address they filed with. */
  static Recipient filer(Concern concern) {
    return new Recipient(concern.getFiledBy(), concern.getFilerEmail());
  }

  /**
   * The unit's housing-social team and its leader: the team mailbox (no bell: the team is not one
   * portal user).
   */
  static Recipient team(TenancyFacts facts, Concern concern) {
    return Recipient.mailbox(facts.team(concern.getUnitId()).email());
  }

  static String link(Concern concern) {
    return "/concern/concern.xhtml?id=" + concern.getPublicId();
  }
}
