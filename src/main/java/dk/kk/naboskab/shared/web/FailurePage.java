package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.health.DatabaseHealthCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The failure page's one question: is MariaDB away (a restart, a failover)? Then the page says so
 * in plain words and answers 503 with {@code Retry-After}, instead of the general "something went
 * wrong" (#19). Asked of the database check the readiness probe uses (two seconds at most), once
 * per failure page.
 */
@Named
@RequestScoped
public class FailurePage {
  /** How long a browser or a script should wait before trying again, in seconds. */
  static final String RETRY_AFTER_SECONDS = "30";

  @Inject @org.eclipse.microprofile.health.Readiness DatabaseHealthCheck database;

  private Boolean databaseDown;

  /**
   * Whether the database is away. The first ask (the page's title, before anything is sent) also
   * sets the answer's status: 503 and when to try again.
   */
  public boolean isDatabaseDown() {
    if (databaseDown == null) {
      databaseDown = database.call().getStatus() == HealthCheckResponse.Status.DOWN;
      if (databaseDown) {
        var response =
            (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
          response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
      }
    }
    return databaseDown;
  }
}
