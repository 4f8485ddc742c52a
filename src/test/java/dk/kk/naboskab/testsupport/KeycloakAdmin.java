package dk.kk.naboskab.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The test Keycloak's admin REST API, as an administrator of the municipality would change a
 * person: disable them, take a role away, and put it all back.
 */
public final class KeycloakAdmin {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String keycloak = ApiClient.issuer().replaceFirst("/realms/naboskab$", "");
  private final String base = keycloak + "/admin/realms/naboskab";
  private final String token;

  public KeycloakAdmin() throws IOException, InterruptedException {
    RealServers.awaitKeycloak();
    var form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode(RealServers.KEYCLOAK_ADMIN_PASSWORD, StandardCharsets.UTF_8);
    var response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, 200);
    token = object(response.body()).getString("access_token");
  }

  public void setEnabled(String username, boolean enabled)
      throws IOException, InterruptedException {
    var response =
        http.send(
            request(base + "/users/" + userId(username))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, 204);
  }

  /** Gives or takes a realm role. */
  public void setRealmRole(String username, String role, boolean given)
      throws IOException, InterruptedException {
    var roleJson =
        http.send(
            request(base + "/roles/" + role).GET().build(), HttpResponse.BodyHandlers.ofString());
    check(roleJson, 200);
    var body = "[" + roleJson.body() + "]";
    var builder =
        request(base + "/users/" + userId(username) + "/role-mappings/realm")
            .header("Content-Type", "application/json");
    var response =
        http.send(
            (given
                    ? builder.POST(HttpRequest.BodyPublishers.ofString(body))
                    : builder.method("DELETE", HttpRequest.BodyPublishers.ofString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, 204);
  }

  /** The master realm's admin token: a valid token of another realm. */
  public String masterToken() {
    return token;
  }

  /**
   * Adds a confidential client with a service account in the housing-staff role and an association
   * claim, but without the API's audience: its tokens are for another client.
   */
  public void addClientWithoutApiAudience(String clientId, String secret)
      throws IOException, InterruptedException {
    var client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("secret", secret)
            .add("publicClient", false)
            .add("serviceAccountsEnabled", true)
            .add("standardFlowEnabled", false)
            .add(
                "protocolMappers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "association")
                            .add("protocol", "openid-connect")
                            .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                            .add(
                                "config",
                                Json.createObjectBuilder()
                                    .add("claim.name", "association")
                                    .add("claim.value", "AMH")
                                    .add("jsonType.label", "String")
                                    .add("access.token.claim", "true"))))
            .build();
    var response =
        http.send(
            request(base + "/clients")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      check(response, 201);
    }
  }

  /**
   * Lets the portal's client also sign people in at another address (a cluster's load balancer):
   * its callback and signed-out page join the client's allowed redirects.
   */
  public void addPortalAddress(String portal) throws IOException, InterruptedException {
    var client = portalClient();
    var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris"));
    redirects.add(portal + "/callback");
    var origins = Json.createArrayBuilder(client.getJsonArray("webOrigins")).add(portal);
    var attributes = Json.createObjectBuilder(client.getJsonObject("attributes"));
    var logout = client.getJsonObject("attributes").getString("post.logout.redirect.uris", "");
    attributes.add(
        "post.logout.redirect.uris",
        (logout.isEmpty() ? "" : logout + "##") + portal + "/signed-out.xhtml");
    putPortalClient(
        Json.createObjectBuilder(client)
            .add("redirectUris", redirects)
            .add("webOrigins", origins)
            .add("attributes", attributes)
            .build());
  }

  /**
   * Sets how long the portal's access tokens live (Keycloak's client attribute {@code
   * access.token.lifespan}); {@code null} returns to the realm's own.
   */
  public void setPortalTokenLifespan(java.time.Duration lifespan)
      throws IOException, InterruptedException {
    var client = portalClient();
    var attributes = Json.createObjectBuilder(client.getJsonObject("attributes"));
    attributes.add(
        "access.token.lifespan", lifespan == null ? "" : String.valueOf(lifespan.toSeconds()));
    putPortalClient(Json.createObjectBuilder(client).add("attributes", attributes).build());
  }

  private JsonObject portalClient() throws IOException, InterruptedException {
    var found =
        http.send(
            request(base + "/clients?clientId=naboskab-portal").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    check(found, 200);
    try (var reader = Json.createReader(new StringReader(found.body()))) {
      return reader.readArray().getJsonObject(0);
    }
  }

  private void putPortalClient(JsonObject changed) throws IOException, InterruptedException {
    var response =
        http.send(
            request(base + "/clients/" + changed.getString("id"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, 204);
  }

  private String userId(String username) throws IOException, InterruptedException {
    var response =
        http.send(
            request(
                    base
                        + "/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response, 200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray users = reader.readArray();
      return users.getJsonObject(0).getString("id");
    }
  }

  private HttpRequest.Builder request(String uri) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token);
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static void check(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
