package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyStartPageExists(Role role) {
    assertTrue(
        Files.isRegularFile(WEBAPP.resolve(role.startPage().substring(1))), role.startPage());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyStartPageIsForItsRoleAlone(Role role) throws Exception {
    var webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    var constraint =
        Pattern.compile(
            "<url-pattern>"
                + Pattern.quote(role.startPage())
                + "</url-pattern>.*?<auth-constraint><role-name>([^<]+)</role-name></auth-constraint>",
            Pattern.DOTALL);
    var match = constraint.matcher(webXml);

    assertTrue(match.find(), "web.xml protects " + role.startPage());
    assertEquals(role.roleName(), match.group(1));
  }

  @Test
  void rolesAreFoundByTheirRealmRoleName() {
    assertEquals(Role.HOUSING_STAFF, Role.byName("housing-staff").orElseThrow());
    assertTrue(Role.byName("realm-admin").isEmpty());
  }

  @Test
  void startPagesAreDistinct() {
    assertEquals(
        Role.values().length, Arrays.stream(Role.values()).map(Role::startPage).distinct().count());
  }
}
