package dk.kk.naboskab.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In the container, on MariaDB: CPR numbers at rest (#16 part 5, ADR 6) — each ciphertext bound to
 * its tenant, and the rotation command re-encrypting rows under a new key in batches while the
 * portal runs. It rotates only this test's tenants: the portal keeps its configured key.
 */
@NaboskabIT
class CprRotationIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;

  @AfterEach
  void signOut() {
    ActingUser.anonymous();
  }

  @Test
  void theRotationReEncryptsUnderTheNewKeyInBatchesAndACiphertextMovedToAnotherRowIsUseless()
      throws Exception {
    var organisation = fixtures.organisation("rot" + System.nanoTime() % 1_000_000);
    ActingUser.actAsCoordinatorOf("karin", organisation.unitCode());
    var today = LocalDate.now(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN);
    var first = TenancyFixtures.housedTenant(organisation.departmentId(), "Ro", "Tation", today);
    var a = tenancy.registerTenant(first).getId();
    var second = TenancyFixtures.housedTenant(organisation.departmentId(), "Ny", "Nøgle", today);
    var b = tenancy.registerTenant(second).getId();
    var third = TenancyFixtures.housedTenant(organisation.departmentId(), "Ude", "For", today);
    var outside = tenancy.registerTenant(third).getId();
    assertTrue(fixtures.storedCpr(a).startsWith("v1:"), "registered under the portal's key 1");

    var newKey = new byte[32];
    new SecureRandom().nextBytes(newKey);
    var rotating =
        CprCipher.fromSettings(
            Base64.getEncoder().encodeToString(newKey), "2", "1:" + Setting.CPR_KEY.value());
    var printed = new ByteArrayOutputStream();
    try (var connection =
        DriverManager.getConnection(
            Setting.DB_URL.value(), Setting.DB_USER.value(), Setting.DB_PASSWORD.value())) {
      var result =
          RotateCprKeys.run(
              connection,
              rotating,
              1,
              a,
              b,
              new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertEquals(new RotateCprKeys.Result(2, 0, 0), result, printed.toString());
      assertEquals(
          new RotateCprKeys.Result(0, 0, 0),
          RotateCprKeys.run(connection, rotating, 1, a, b, new PrintStream(printed, true)),
          "a second run finds nothing left");
    }
    var storedA = fixtures.storedCpr(a);
    var storedB = fixtures.storedCpr(b);
    assertTrue(storedA.startsWith("v2:") && storedB.startsWith("v2:"), storedA + " " + storedB);
    assertEquals(CprNumber.parse(first.cpr()), rotating.decrypt(storedA, a));
    assertEquals(CprNumber.parse(second.cpr()), rotating.decrypt(storedB, b));
    assertEquals(
        rotating.index(CprNumber.parse(first.cpr())),
        fixtures.rows("select cpr_index, id from tenant where id = ?", a).get(0)[0],
        "the blind index is the new key's");
    // A ciphertext copied to the other tenant's row does not decrypt there.
    assertThrows(IllegalStateException.class, () -> rotating.decrypt(storedA, b));
    // Nor under the old key alone, once the rotation is done.
    assertThrows(
        IllegalStateException.class,
        () -> CprCipher.fromBase64(Setting.CPR_KEY.value()).decrypt(storedA, a));
    assertTrue(
        fixtures.storedCpr(outside).startsWith("v1:"),
        "a tenant outside the range is left as it was");
  }
}
