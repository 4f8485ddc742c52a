package dk.kk.naboskab.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The confirmation a successful submit shows ("Henvendelsen er sendt."), carried in the person's
 * session until a page is next written: the request's own page, or the one it redirects to. The
 * session is what every node of a cluster reads (ADR 28); Faces' flash is not — Mojarra keeps it
 * behind a cookie sealed with a key each node draws for itself, so a redirect answered by the other
 * node lost the confirmation.
 */
public class Confirmations implements PhaseListener {
  private static final long serialVersionUID = 1L;

  /** The session attribute: the texts not yet shown, an {@link ArrayList} of strings. */
  static final String KEPT = Confirmations.class.getName();

  /** Keeps a confirmation, in the person's language already, for the next page written. */
  static void keep(FacesContext faces, String text) {
    var session = faces.getExternalContext().getSessionMap();
    var texts = new ArrayList<String>();
    if (session.get(KEPT) instanceof List<?> kept) {
      kept.forEach(t -> texts.add((String) t));
    }
    texts.add(text);
    // Set anew, never changed in place: the session store copies what was set.
    session.put(KEPT, texts);
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  /** The page about to be written shows what was kept, once. */
  @Override
  public void beforePhase(PhaseEvent event) {
    var faces = event.getFacesContext();
    if (faces.getExternalContext().getSession(false) == null
        || !(faces.getExternalContext().getSessionMap().remove(KEPT) instanceof List<?> texts)) {
      return;
    }
    for (var text : texts) {
      var t = (String) text;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing after the page is written.
  }
}
