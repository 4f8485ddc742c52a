package dk.kk.naboskab.shared.health;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak serves the realm's OpenID discovery document: nobody can sign in
 * otherwise. The answer is anonymous: up or down and nothing else (not Keycloak's address); why it
 * is down goes to the server's log.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Logger LOG = Logger.getLogger(KeycloakHealthCheck.class.getName());

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    var discovery =
        URI.create(Setting.OIDC_PROVIDER_URI.value() + "/.well-known/openid-configuration");
    var response = HealthCheckResponse.named("keycloak");
    try {
      var status =
          http.send(
                  HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        LOG.warning(() -> "Keycloak's discovery document answers " + status);
      }
      return response.status(status == 200).build();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak does not answer", e);
      return response.down().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().build();
    }
  }
}
