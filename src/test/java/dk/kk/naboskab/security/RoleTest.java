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

  /**
   * A page missing from web.xml's role constraints would be open to every signed-in user: each page
   * outside the shared ones names the one role it is for.
   */
  @Test
  void everyPageOutsideTheSharedOnesBelongsToOneRole() throws Exception {
    var webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    var roleOfPattern = new java.util.HashMap<String, String>();
    var constraint =
        Pattern.compile(
            "<web-resource-collection>((?:(?!</web-resource-collection>).)*)</web-resource-collection>\\s*"
                + "<auth-constraint>\\s*<role-name>([^<*]+)</role-name>",
            Pattern.DOTALL);
    var match = constraint.matcher(webXml);
    while (match.find()) {
      var patterns = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(match.group(1));
      while (patterns.find()) {
        roleOfPattern.put(patterns.group(1), match.group(2));
      }
    }
    // Pages every signed-in user has: the start redirect, signing out, their own notifications;
    // and the accessibility statement, which anyone may read.
    var shared =
        java.util.List.of(
            "/index.xhtml", "/signed-out.xhtml", "/notifications.xhtml", "/accessibility.xhtml");
    try (var pages = Files.walk(WEBAPP)) {
      var unprotected =
          pages
              .filter(p -> p.toString().endsWith(".xhtml"))
              .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/"))
              .filter(p -> !shared.contains(p))
              .filter(
                  p ->
                      roleOfPattern.keySet().stream()
                          .noneMatch(
                              pattern ->
                                  pattern.equals(p)
                                      || (pattern.endsWith("/*")
                                          && p.startsWith(
                                              pattern.substring(0, pattern.length() - 1)))))
              .toList();
      assertEquals(java.util.List.of(), unprotected, "pages without a role constraint");
    }
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

  /**
   * The EJB container answers isCallerInRole only for declared roles: a role missing from
   * ejb-jar.xml is refused by every service whatever Keycloak says (#17's two new roles were).
   */
  @org.junit.jupiter.api.Test
  void everyRoleIsDeclaredForTheServicesThePagesAndTheSignIn() throws Exception {
    var ejb =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/main/webapp/WEB-INF/ejb-jar.xml"));
    var web =
        java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
    var declared =
        java.util.Set.of(
            OpenIdSignIn.class
                .getAnnotation(jakarta.annotation.security.DeclareRoles.class)
                .value());
    for (var role : Role.values()) {
      var element = "<security-role><role-name>" + role.roleName() + "</role-name></security-role>";
      org.junit.jupiter.api.Assertions.assertTrue(ejb.contains(element), role + " in ejb-jar.xml");
      org.junit.jupiter.api.Assertions.assertTrue(web.contains(element), role + " in web.xml");
      org.junit.jupiter.api.Assertions.assertTrue(
          declared.contains(role.roleName()), role + " in @DeclareRoles");
    }
  }
}
