package dk.kk.naboskab.audit.web;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.audit.application.ChainSealer;
import dk.kk.naboskab.audit.domain.Chain;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrators' view of the read log: how far the hash chain reaches, a check of the whole
 * chain on request (the first broken row named), and the newest rows.
 */
@Named
@ViewScoped
public class ReadLogView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The page lists this many of the newest rows. */
  static final int SHOWN = 50;

  @Inject ChainSealer sealer;
  @Inject AuditLog auditLog;

  private long sealed;
  private String headHash;
  private java.time.LocalDateTime sealedThrough;
  private List<AuditEvent> latest;
  private transient ChainSealer.Check check;

  @PostConstruct
  void load() {
    var head = sealer.head();
    sealed = head.seq();
    headHash = Chain.hex(head.hash());
    sealedThrough = head.sealedThrough();
    latest = auditLog.latest(SHOWN);
  }

  /** Seals what waits, then walks the whole chain. */
  public void verify() {
    sealer.sealAll();
    check = sealer.check();
    load();
  }

  public long getSealed() {
    return sealed;
  }

  public String getHeadHash() {
    return headHash;
  }

  /** The database's time of the newest row sealed, to the second, or null before the first seal. */
  public String getSealedThrough() {
    return sealedThrough == null
        ? null
        : sealedThrough
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .toString()
            .replace('T', ' ');
  }

  public List<AuditEvent> getLatest() {
    return latest;
  }

  /** The last check's result, or null before the administrator asks for one. */
  public ChainSealer.Check getCheck() {
    return check;
  }

  /** The first break of the last check, or null when it held. */
  public Chain.Break getBreak() {
    return check == null ? null : check.verdict().firstBreak().orElse(null);
  }
}
