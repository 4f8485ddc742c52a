package dk.kk.naboskab.shared.health;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak serves the realm's OpenID discovery document: nobody can sign in
 * otherwise.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    var discovery =
        URI.create(Setting.OIDC_PROVIDER_URI.value() + "/.well-known/openid-configuration");
    var response =
        HealthCheckResponse.named("keycloak").withData("discovery", discovery.toString());
    try {
      var status =
          http.send(
                  HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      return response.status(status == 200).withData("status", status).build();
    } catch (IOException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    }
  }
}
