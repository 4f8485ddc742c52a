package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.AccessDenied;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an Ajax request that fails shows: the same Danish error pages as a full page (forbidden,
 * expired, failure), reached by a redirect — never Faces' default partial response, which names the
 * exception's class and message. The exception goes to the server's log. Full-page requests already
 * reach the error pages through {@code web.xml}.
 */
public class QuietExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(QuietExceptionHandler.class.getName());

  public QuietExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    var faces = FacesContext.getCurrentInstance();
    if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
      super.handle();
      return;
    }
    var queued = getUnhandledExceptionQueuedEvents().iterator();
    if (!queued.hasNext()) {
      super.handle();
      return;
    }
    var event = (ExceptionQueuedEvent) queued.next();
    var thrown = event.getContext().getException();
    queued.remove();
    while (queued.hasNext()) {
      queued.next();
      queued.remove();
    }
    var page = page(thrown);
    if (page.equals("/error/failure.xhtml")) {
      LOG.log(Level.SEVERE, "an Ajax request failed", thrown);
    }
    try {
      var external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + page);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error page for what was thrown, looking through the wrappers to the cause. */
  static String page(Throwable thrown) {
    var depth = 0;
    for (var t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof AccessDenied) {
        return "/error/forbidden.xhtml";
      }
      if (t instanceof ViewExpiredException) {
        return "/error/expired.xhtml";
      }
    }
    return "/error/failure.xhtml";
  }

  /** Registered in {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new QuietExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
