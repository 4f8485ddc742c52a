package dk.kk.naboskab.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user reads the portal in: Danish first, English on request, per session. */
@Named
@SessionScoped
public class LanguageView implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Locale DANISH = Locale.forLanguageTag("da");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale locale = DANISH;

  /**
   * The signed-in user's language, for code outside a page expression. Within a Faces request it is
   * resolved as the pages resolve it; {@code CDI.current()} (outside one) walks the caller's stack
   * on Payara and costs far more.
   */
  public static Locale current() {
    var faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      var view =
          faces
              .getApplication()
              .evaluateExpressionGet(faces, "#{languageView}", LanguageView.class);
      if (view != null) {
        return view.getLocale();
      }
    }
    var found = CDI.current().select(LanguageView.class);
    return found.isResolvable() ? found.get().getLocale() : DANISH;
  }

  public Locale getLocale() {
    return locale;
  }

  public boolean isDanish() {
    return DANISH.getLanguage().equals(locale.getLanguage());
  }

  /** Switches between Danish and English and re-renders the current page in the other one. */
  public void toggle() {
    locale = isDanish() ? ENGLISH : DANISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
