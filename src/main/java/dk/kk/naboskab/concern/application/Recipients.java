package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.notify.domain.Recipient;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.Worker;
import jakarta.persistence.EntityManager;

/** Who hears about a concern: its worker, its filer, its unit's housing-social team. */
final class Recipients {
  private Recipients() {}

  /** A worker: their bell and their mail. */
  static Recipient worker(EntityManager em, long workerId) {
    var worker = em.find(Worker.class, workerId);
    return new Recipient(worker.getUsername(), worker.getEmail());
  }

  /** The housing officer who filed it: their bell and the address they filed with. */
  static Recipient filer(Concern concern) {
    return new Recipient(concern.getFiledBy(), concern.getFilerEmail());
  }

  /**
   * The unit's housing-social team and its leader: the team mailbox (no bell: the team is not one
   * portal user).
   */
  static Recipient team(EntityManager em, Concern concern) {
    return Recipient.mailbox(em.find(Unit.class, concern.getUnitId()).getTeamEmail());
  }

  static String link(Concern concern) {
    return "/concern/concern.xhtml?id=" + concern.getPublicId();
  }
}
