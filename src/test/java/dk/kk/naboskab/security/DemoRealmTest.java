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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo realm file gives every demo user what the portal needs to know who they are. */
class DemoRealmTest {
  private static JsonObject realm;

  @BeforeAll
  static void read() throws IOException {
    try (var reader =
        Json.createReader(
            Files.newBufferedReader(Path.of("config/keycloak/naboskab-realm.json")))) {
      realm = reader.readObject();
    }
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
    assertEquals("${NABOSKAB_PORTAL_URL}/*", client.getJsonArray("redirectUris").getString(0));
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
    return realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
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
