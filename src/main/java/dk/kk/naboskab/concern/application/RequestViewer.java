package dk.kk.naboskab.concern.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * The request's {@link Viewer}, resolved once: a page asks for it from its list, its counts and
 * each row's rule, and each of those used to read the worker, the unit and every absence again.
 * Kept per identity ({@code CurrentUser.identity()}), so a test acting as several people in one
 * request gets each one's own.
 */
@RequestScoped
class RequestViewer {
  private String key;
  private Viewer viewer;

  Viewer get(String key, Supplier<Viewer> resolve) {
    if (viewer == null || !key.equals(this.key)) {
      viewer = resolve.get();
      this.key = key;
    }
    return viewer;
  }
}
