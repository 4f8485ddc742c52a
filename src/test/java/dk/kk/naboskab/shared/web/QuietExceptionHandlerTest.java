package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.naboskab.shared.AccessDenied;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class QuietExceptionHandlerTest {
  @Test
  void aRefusalDeepInsideWrappersShowsTheForbiddenPage() {
    var wrapped = new FacesException(new EJBException(new AccessDenied("no")));
    assertEquals("/error/forbidden.xhtml", QuietExceptionHandler.page(wrapped));
  }

  @Test
  void anExpiredViewShowsTheExpiredPageAndAnythingElseTheFailurePage() {
    assertEquals(
        "/error/expired.xhtml", QuietExceptionHandler.page(new ViewExpiredException("gone")));
    assertEquals(
        "/error/failure.xhtml",
        QuietExceptionHandler.page(new FacesException(new NullPointerException("x"))));
  }
}
