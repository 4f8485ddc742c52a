package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingTest {
  private final Map<Setting, String> values = new EnumMap<>(Setting.class);

  @BeforeEach
  void aCompleteConfiguration() {
    values.put(Setting.DB_URL, "jdbc:mariadb://db.example:3306/naboskab");
    values.put(Setting.DB_USER, "naboskab");
    values.put(Setting.DB_PASSWORD, "s3cret");
    values.put(Setting.OIDC_PROVIDER_URI, "https://login.example/realms/naboskab");
    values.put(Setting.OIDC_CLIENT_SECRET, "client-secret");
    values.put(Setting.CPR_KEY, "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
  }

  @Test
  void aCompleteConfigurationHasNoProblems() {
    assertEquals(java.util.List.of(), Setting.problems(values::get));
  }

  @Test
  void theClientIdHasADefault() {
    values.remove(Setting.OIDC_CLIENT_ID);
    assertEquals(java.util.List.of(), Setting.problems(values::get));
  }

  @Test
  void aMissingSettingIsNamedByItsEnvironmentVariable() {
    values.remove(Setting.DB_URL);

    var problems = Setting.problems(values::get);

    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).startsWith("NABOSKAB_DB_URL (naboskab.db.url) is not set"),
        problems.get(0));
  }

  @Test
  void aJdbcUrlForAnotherDatabaseIsMalformed() {
    values.put(Setting.DB_URL, "jdbc:postgresql://db.example/naboskab");

    var problems = Setting.problems(values::get);

    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("NABOSKAB_DB_URL"), problems.get(0));
    assertTrue(problems.get(0).contains("is malformed"), problems.get(0));
  }

  @Test
  void aJdbcUrlWithoutDatabaseIsMalformed() {
    values.put(Setting.DB_URL, "jdbc:mariadb://db.example:3306");
    assertEquals(1, Setting.problems(values::get).size());
  }

  @Test
  void theProviderMustBeAnHttpUrl() {
    values.put(Setting.OIDC_PROVIDER_URI, "login.example/realms/naboskab");

    var problems = Setting.problems(values::get);

    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("NABOSKAB_OIDC_PROVIDER_URI"), problems.get(0));
  }

  @Test
  void aBlankSecretIsRefused() {
    values.put(Setting.OIDC_CLIENT_SECRET, "  ");
    assertTrue(Setting.problems(values::get).get(0).startsWith("NABOSKAB_OIDC_CLIENT_SECRET"));
  }

  @Test
  void theCprKeyMustBe256BitsInBase64() {
    values.put(Setting.CPR_KEY, "c2hvcnQ=");
    assertTrue(Setting.problems(values::get).get(0).startsWith("NABOSKAB_CPR_KEY"));
    values.put(Setting.CPR_KEY, "not base64 at all!");
    assertTrue(Setting.problems(values::get).get(0).contains("is malformed"));
  }

  @Test
  void environmentNamesFollowMicroProfileConfigMapping() {
    assertEquals("NABOSKAB_OIDC_PROVIDER_URI", Setting.OIDC_PROVIDER_URI.env());
    assertEquals("NABOSKAB_DB_PASSWORD", Setting.DB_PASSWORD.env());
  }
}
