package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks Keycloak's token endpoint for fresh tokens with the refresh token. Keycloak refuses when the
 * person was disabled, their Keycloak session ended or was revoked: then the portal's session ends
 * too.
 */
@ApplicationScoped
public class TokenRefresh {
  private static final Logger LOG = Logger.getLogger(TokenRefresh.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** The new tokens, or empty when Keycloak says no (or cannot be reached). */
  public Optional<Tokens> refresh(SignedIn signedIn) {
    var form =
        "grant_type=refresh_token&refresh_token="
            + encode(signedIn.refreshToken())
            + "&client_id="
            + encode(Setting.OIDC_CLIENT_ID.value())
            + "&client_secret="
            + encode(Setting.OIDC_CLIENT_SECRET.value());
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(signedIn.tokenEndpoint()))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.info(
            () ->
                "Keycloak refused to refresh "
                    + signedIn.caller()
                    + "'s session ("
                    + response.statusCode()
                    + "): they sign in again");
        return Optional.empty();
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        var tokens = reader.readObject();
        return Optional.of(
            new Tokens(tokens.getString("access_token"), tokens.getString("refresh_token", null)));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not refresh " + signedIn.caller() + "'s tokens", e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** What a refresh brings: a new access token and, usually, a new refresh token. */
  public record Tokens(String accessToken, String refreshToken) {}
}
