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
    values.put(Setting.DB_SCHEMA_USER, "naboskab_schema");
    values.put(Setting.DB_SCHEMA_PASSWORD, "0wner-s3cret");
    values.put(Setting.OIDC_PROVIDER_URI, "https://login.example/realms/naboskab");
    values.put(Setting.OIDC_CLIENT_SECRET, "client-secret");
    values.put(Setting.CPR_KEY, "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    values.put(Setting.PORTAL_URL, "https://naboskab.example.dk");
    values.put(Setting.MAIL_HOST, "smtp.example.dk");
    values.put(Setting.MAIL_FROM, "naboskab@example.dk");
  }

  @Test
  void mailHasDefaultsForPortSecurityAccountAndRetries() {
    assertEquals(java.util.List.of(), Setting.problems(values::get));
    assertEquals("587", Setting.MAIL_PORT.defaultValue().orElseThrow());
    assertEquals("STARTTLS", Setting.MAIL_SECURITY.defaultValue().orElseThrow());
    assertEquals("", Setting.MAIL_USER.defaultValue().orElseThrow());
    assertEquals("60", Setting.MAIL_RETRY_SECONDS.defaultValue().orElseThrow());
  }

  @Test
  void mailSettingsAreCheckedAgainstTheirRules() {
    values.put(Setting.MAIL_PORT, "70000");
    values.put(Setting.MAIL_SECURITY, "TLS");
    values.put(Setting.MAIL_FROM, "naboskab");
    values.put(Setting.MAIL_RETRY_SECONDS, "0");
    values.put(Setting.MAIL_HOST, "smtp example");

    var problems = Setting.problems(values::get);

    assertEquals(5, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.contains("is malformed")), problems.toString());
    assertTrue(problems.get(0).startsWith("NABOSKAB_MAIL_HOST"), problems.get(0));
  }

  @Test
  void withoutAMailServerThePortalDoesNotStart() {
    values.remove(Setting.MAIL_HOST);
    values.remove(Setting.PORTAL_URL);

    var problems = Setting.problems(values::get);

    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("NABOSKAB_PORTAL_URL"), problems.get(0));
    assertTrue(problems.get(1).startsWith("NABOSKAB_MAIL_HOST"), problems.get(1));
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
