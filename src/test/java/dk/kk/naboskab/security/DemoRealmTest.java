package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The production realm file holds the portal's client, roles and mappers and no user; the demo
 * users file, which only the demo and the tests import, gives every demo user what the portal needs
 * to know who they are.
 */
class DemoRealmTest {
  private static final Path REALM = Path.of("config/keycloak/naboskab-realm.json");
  private static JsonObject realm;
  private static JsonObject demoUsers;

  @BeforeAll
  static void read() throws IOException {
    realm = read(REALM);
    demoUsers = read(REALM.resolveSibling("demo/naboskab-users-0.json"));
  }

  private static JsonObject read(Path file) throws IOException {
    try (var reader = Json.createReader(Files.newBufferedReader(file))) {
      return reader.readObject();
    }
  }

  @Test
  void theProductionRealmHoldsNoUserAndAStrictPasswordPolicy() {
    assertFalse(realm.containsKey("users"), "users live in the demo file only");
    var policy = realm.getString("passwordPolicy");
    assertTrue(policy.contains("length(12)"), policy);
    assertTrue(policy.contains("notUsername"), policy);
    assertTrue(policy.contains("passwordHistory"), policy);
    assertEquals("naboskab", demoUsers.getString("realm"));
  }

  @Test
  void theApiClientsAreTheDemosAndCarryTheApiAudience() throws IOException {
    var clients =
        realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("clientId"))
            .toList();
    assertEquals(List.of("naboskab-portal"), clients, "no API client with a secret in production");
    JsonObject demo;
    try (var reader =
        Json.createReader(
            java.nio.file.Files.newBufferedReader(
                dk.kk.naboskab.testsupport.KeycloakServer.demoApiClients(REALM)))) {
      demo = reader.readObject();
    }
    for (var client : demo.getJsonArray("clients").getValuesAs(JsonObject.class)) {
      assertTrue(client.getBoolean("serviceAccountsEnabled"), client.getString("clientId"));
      assertFalse(client.getBoolean("standardFlowEnabled"), client.getString("clientId"));
      assertTrue(
          client.getString("secret").startsWith("${NABOSKAB_DEMO_SECRET_"),
          "a secret from the environment, never in git: " + client.getString("clientId"));
      var mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
      assertTrue(
          mappers.stream()
              .anyMatch(
                  m ->
                      m.getString("protocolMapper").equals("oidc-audience-mapper")
                          && m.getJsonObject("config")
                              .getString("included.custom.audience")
                              .equals("naboskab-api")),
          "the API's audience: " + client.getString("clientId"));
    }
  }

  @Test
  void coordinatorsAndAdministratorsNeedAOneTimeCodeInProductionButNotInTheDemo()
      throws IOException {
    assertEquals("naboskab browser", realm.getString("browserFlow"));
    var flows = realm.getJsonArray("authenticationFlows").getValuesAs(JsonObject.class);
    var configs = realm.getJsonArray("authenticatorConfig").getValuesAs(JsonObject.class);
    // Case workers see CPR numbers and the assessment of people at shelters: a second factor too.
    for (var role : List.of("coordinator", "admin", "case-worker")) {
      var flow =
          flows.stream()
              .filter(f -> f.getString("alias").equals("naboskab otp " + role))
              .findFirst()
              .orElseThrow();
      var steps = flow.getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class);
      assertEquals("conditional-user-role", steps.get(0).getString("authenticator"));
      assertEquals("auth-otp-form", steps.get(1).getString("authenticator"));
      var config =
          configs.stream()
              .filter(
                  c -> c.getString("alias").equals(steps.get(0).getString("authenticatorConfig")))
              .findFirst()
              .orElseThrow();
      assertEquals(role, config.getJsonObject("config").getString("condUserRole"));
    }
    var demo =
        Json.createReader(
                new java.io.StringReader(
                    dk.kk.naboskab.testsupport.KeycloakServer.withDemoUsers(REALM, null)))
            .readObject();
    assertFalse(demo.containsKey("browserFlow"), "the demo signs in with username and password");
    assertFalse(demo.containsKey("passwordPolicy"), "the demo's password is demo");
    assertEquals(14, demo.getJsonArray("users").size(), "eleven people and three API clients");
  }

  @Test
  void theRealmHasEveryPortalRole() {
    var roles =
        realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("name"))
            .collect(Collectors.toSet());
    for (var role : Role.values()) {
      assertTrue(roles.contains(role.roleName()), role.roleName());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "hanne,  housing-staff,  association, AMH",
    "ole,    housing-staff,  association, VBH",
    "bo,     support-worker, worker_type, HOUSING_ADVISOR",
    "sara,   support-worker, worker_type, SUPPORT_CONTACT",
    "henrik, support-worker, worker_type, HOME_SUPPORT",
    "karin,  coordinator,    unit,        AMAGER",
    "anna,   analyst,        organisation, 'Socialforvaltningen, Analyse'",
    "admin,  admin,          organisation, 'Socialforvaltningen, IT'"
  })
  void everyDemoUserHasOneRoleAndTheirOrganisation(
      String username, String role, String attribute, String value) {
    var user = user(username);
    assertEquals(
        Set.of(role),
        Set.copyOf(user.getJsonArray("realmRoles").getValuesAs(JsonString::getString)));
    assertEquals(value, user.getJsonObject("attributes").getJsonArray(attribute).getString(0));
    var credential = user.getJsonArray("credentials").getJsonObject(0);
    assertEquals("demo", credential.getString("value"));
    assertFalse(credential.getBoolean("temporary"));
  }

  @Test
  void theTwoHousingStaffWorkForDifferentAssociations() {
    assertFalse(association("hanne").equals(association("ole")));
  }

  @Test
  void rolesReachThePortalInTheFlatGroupsClaim() {
    var mapper = mapper("groups");
    assertEquals("oidc-usermodel-realm-role-mapper", mapper.getString("protocolMapper"));
    assertEquals("groups", mapper.getJsonObject("config").getString("claim.name"));
    assertEquals("true", mapper.getJsonObject("config").getString("id.token.claim"));
  }

  @Test
  void theOrganisationClaimsAreMapped() {
    for (var claim : Set.of("association", "unit", "worker_type", "organisation")) {
      assertEquals(claim, mapper(claim).getJsonObject("config").getString("claim.name"));
    }
  }

  @Test
  void theClientSecretAndAddressComeFromTheEnvironment() {
    var client = client();
    assertEquals("${NABOSKAB_OIDC_CLIENT_SECRET}", client.getString("secret"));
    assertEquals(
        java.util.List.of("${NABOSKAB_PORTAL_URL}/callback"),
        client.getJsonArray("redirectUris").getValuesAs(JsonString::getString),
        "exactly the callback, no wildcard");
    assertEquals(
        "${NABOSKAB_PORTAL_URL}/signed-out.xhtml",
        client.getJsonObject("attributes").getString("post.logout.redirect.uris"));
  }

  @Test
  void customAttributesSurviveTheUserProfile() {
    var profile =
        realm
            .getJsonObject("components")
            .getJsonArray("org.keycloak.userprofile.UserProfileProvider")
            .getJsonObject(0)
            .getJsonObject("config")
            .getJsonArray("kc.user.profile.config")
            .getString(0);
    assertTrue(profile.contains("\"unmanagedAttributePolicy\": \"ADMIN_EDIT\""), profile);
  }

  private static String association(String username) {
    return user(username).getJsonObject("attributes").getJsonArray("association").getString(0);
  }

  private static JsonObject user(String username) {
    return demoUsers.getJsonArray("users").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject client() {
    return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("clientId").equals("naboskab-portal"))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject mapper(String name) {
    return client().getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
