package dk.kk.naboskab.erasure.web;

import dk.kk.naboskab.erasure.application.Erasure;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The administrators' retention page: the policy, what a run would do now (the dry run), the log of
 * runs, and a button that runs it now.
 */
@Named
@ViewScoped
public class ErasureView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Erasure erasure;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Erasure.Policy policy;
  private List<Erasure.Line> lines;
  private List<Erasure.Run> runs;

  @PostConstruct
  void load() {
    policy = Erasure.Policy.configured();
    lines = erasure.dryRun(clock.instant(), policy);
    runs = erasure.runs(20);
  }

  /** Runs the policy now, as the dry run above it said. */
  public void runNow() {
    var done = erasure.run(clock.instant(), policy, currentUser.getUsername(), null).orElseThrow();
    load();
    Forms.info("erasure.done", done.concerns(), done.attachments(), done.tenants());
  }

  public Erasure.Policy getPolicy() {
    return policy;
  }

  public List<Erasure.Line> getLines() {
    return lines;
  }

  public List<Erasure.Run> getRuns() {
    return runs;
  }

  /** Whether a run would do anything (the read log's rows are the owner's command's). */
  public boolean isAnythingDue() {
    return lines.stream().anyMatch(l -> !"READ_LOG".equals(l.kind()) && l.count() > 0);
  }
}
