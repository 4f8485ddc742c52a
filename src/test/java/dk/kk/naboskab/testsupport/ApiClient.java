package dk.kk.naboskab.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An association's or the warehouse's system calling the API as it would: a token from the test
 * Keycloak by the client-credentials grant (the demo's API clients, {@code
 * config/keycloak/demo/naboskab-api-clients.json}), then plain HTTP with it.
 */
public final class ApiClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A token is asked for again when it is this old (the test realm's live 15 seconds). */
  private static final Duration FRESH = Duration.ofSeconds(8);

  private final URI api;
  private final String clientId;
  private final String secret;
  private String token;
  private long tokenAt;

  private ApiClient(URI api, String token, String clientId, String secret) {
    this.api = api;
    this.token = token;
    this.clientId = clientId;
    this.secret = secret;
    this.tokenAt = System.nanoTime();
  }

  /**
   * One of the demo realm's API clients, signed in with its secret; it asks for a new token before
   * the old one runs out, as a real client does.
   */
  public static ApiClient as(URI portal, String clientId) throws IOException, InterruptedException {
    var secret = KeycloakServer.apiClientSecret(RealServers.CLIENT_SECRET, clientId);
    return new ApiClient(portal.resolve("/api/v1/"), token(clientId, secret), clientId, secret);
  }

  /** Any token at all, kept however old: another realm's, a tampered one, none (null). */
  public static ApiClient withToken(URI portal, String token) {
    return new ApiClient(portal.resolve("/api/v1/"), token, null, null);
  }

  /** A token from the test realm by the client-credentials grant. */
  public static String token(String clientId, String secret)
      throws IOException, InterruptedException {
    return token(issuer(), clientId, secret);
  }

  /** The test realm's issuer, inside Payara (an in-container test) as the portal has it. */
  public static String issuer() {
    var inside = System.getProperty("naboskab.oidc.provider-uri");
    return inside != null ? inside : RealServers.issuer();
  }

  /** The portal's address, inside Payara as the portal has it. */
  public static URI portal() {
    var inside = System.getProperty("naboskab.portal.url");
    return URI.create(
        inside != null ? inside + "/" : "http://localhost:" + RealServers.portalPort() + "/");
  }

  public static String token(String issuer, String clientId, String secret)
      throws IOException, InterruptedException {
    RealServers.awaitKeycloak();
    var form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    var request =
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    // Inside Payara nothing waits for the test Keycloak, which starts beside Payara's boot.
    for (var tries = 0; ; tries++) {
      try {
        response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        break;
      } catch (java.net.ConnectException notYet) {
        if (tries > 240) {
          throw notYet;
        }
        Thread.sleep(1000);
      }
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + clientId + ": " + response.statusCode() + " " + response.body());
    }
    return object(response.body()).getString("access_token");
  }

  public String token() throws IOException, InterruptedException {
    return currentToken();
  }

  /** An answer: status, headers and body. */
  public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonObject json() {
      return object(body);
    }

    public jakarta.json.JsonArray array() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** The problem's fields and rules, as "field:rule" lines. */
    public java.util.List<String> errors() {
      var errors = json().getJsonArray("errors");
      return errors == null
          ? java.util.List.of()
          : errors.getValuesAs(JsonObject.class).stream()
              .map(e -> e.getString("field") + ":" + e.getString("rule"))
              .toList();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  public Answer post(String path, JsonStructure body, Map<String, String> headers)
      throws IOException, InterruptedException {
    return post(path, body.toString(), "application/json", headers);
  }

  public Answer post(String path, String body, String contentType, Map<String, String> headers)
      throws IOException, InterruptedException {
    var request =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  public Answer post(String path, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    var request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request);
  }

  private synchronized String currentToken() throws IOException, InterruptedException {
    if (clientId != null && System.nanoTime() - tokenAt > FRESH.toNanos()) {
      token = token(clientId, secret);
      tokenAt = System.nanoTime();
    }
    return token;
  }

  private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
    var token = currentToken();
    var builder = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.header("Accept", "application/json");
  }

  private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers().map(), response.body());
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
