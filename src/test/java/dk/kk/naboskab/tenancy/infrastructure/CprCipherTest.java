package dk.kk.naboskab.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.tenancy.domain.CprNumber;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CprCipherTest {
  private static final byte[] KEY = new byte[32];
  private static final byte[] OTHER_KEY = new byte[32];

  static {
    for (var i = 0; i < 32; i++) {
      KEY[i] = (byte) i;
      OTHER_KEY[i] = (byte) (100 + i);
    }
  }

  private final CprCipher cipher = new CprCipher(KEY);
  private final CprNumber cpr = CprNumber.parse("010190-1234");

  private static String payload(String stored) {
    return stored.substring(stored.indexOf(':') + 1);
  }

  @Test
  void whatIsEncryptedDecryptsToTheSameNumberForTheSameTenant() {
    var stored = cipher.encrypt(cpr, 7);
    assertTrue(stored.startsWith("v1:"), stored);
    assertEquals(cpr, cipher.decrypt(stored, 7));
  }

  @Test
  void aCiphertextMovedToAnotherTenantDoesNotDecrypt() {
    var stored = cipher.encrypt(cpr, 7);
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, 8));
  }

  @Test
  void theSameNumberNeverEncryptsAlike() {
    assertNotEquals(cipher.encrypt(cpr, 7), cipher.encrypt(cpr, 7));
  }

  @Test
  void theStoredFormDoesNotContainTheNumber() {
    var stored = cipher.encrypt(cpr, 7);
    assertFalse(stored.contains("0101901234"));
    assertFalse(
        new String(
                Base64.getDecoder().decode(payload(stored)),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("0101901234"));
  }

  @Test
  void theIndexIsStableForFindingAndDiffersBetweenNumbers() {
    assertEquals(cipher.index(cpr), cipher.index(CprNumber.parse("0101901234")));
    assertNotEquals(cipher.index(cpr), cipher.index(CprNumber.parse("010190-1235")));
    assertEquals(64, cipher.index(cpr).length());
  }

  @Test
  void anotherKeyCannotReadOrFind() {
    var other = new CprCipher(OTHER_KEY);
    assertThrows(IllegalStateException.class, () -> other.decrypt(cipher.encrypt(cpr, 7), 7));
    assertNotEquals(cipher.index(cpr), other.index(cpr));
  }

  @Test
  void anAlteredValueIsRejected() {
    var stored = cipher.encrypt(cpr, 7);
    var bytes = Base64.getDecoder().decode(payload(stored));
    bytes[bytes.length - 1] ^= 1;
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(bytes), 7));
  }

  @Test
  void aValueWrittenBeforeVersionsStillReads() {
    var legacy = cipher.encryptUnbound(cpr);
    assertFalse(legacy.contains(":"), "plain Base64, no version");
    assertEquals(cpr, cipher.decrypt(legacy, 7));
    assertFalse(cipher.isCurrent(legacy));
  }

  /**
   * One value in 64 from before key versions begins with a "v" (it is Base64): it is still read as
   * one without a version. (Read as "v…:" it failed as malformed — a journey met it in CI.)
   */
  @Test
  void aValueFromBeforeVersionsThatBeginsWithAVStillReads() {
    String legacy = null;
    for (var i = 0; i < 10_000 && legacy == null; i++) {
      var candidate = cipher.encryptUnbound(cpr);
      if (candidate.startsWith("v")) {
        legacy = candidate;
      }
    }
    assertNotNull(legacy, "no value beginning with v in 10 000 tries");
    assertEquals(cpr, cipher.decrypt(legacy, 7));
    assertEquals(1, CprCipher.versionOf(legacy));
  }

  @Test
  void duringARotationTheNewKeyWritesAndBothKeysReadAndFind() {
    var old = cipher.encrypt(cpr, 7);
    var rotating = new CprCipher(2, OTHER_KEY, Map.of(1, KEY));
    assertEquals(cpr, rotating.decrypt(old, 7), "the earlier key still reads");
    assertFalse(rotating.isCurrent(old));
    var renewed = rotating.encrypt(cpr, 7);
    assertTrue(renewed.startsWith("v2:") && rotating.isCurrent(renewed), renewed);
    assertEquals(cpr, rotating.decrypt(renewed, 7));
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(renewed, 7));
    assertEquals(List.of(rotating.index(cpr), cipher.index(cpr)), rotating.indexes(cpr));
    var done = new CprCipher(2, OTHER_KEY, Map.of());
    var failure = assertThrows(IllegalStateException.class, () -> done.decrypt(old, 7));
    assertTrue(failure.getMessage().contains("version 1"), failure.getMessage());
  }

  @Test
  void theSettingsAreReadWithTheirVersions() {
    var key = Base64.getEncoder().encodeToString(OTHER_KEY);
    var old = Base64.getEncoder().encodeToString(KEY);
    var fromSettings = CprCipher.fromSettings(key, "2", "1:" + old);
    assertEquals(2, fromSettings.currentVersion());
    assertEquals(cpr, fromSettings.decrypt(cipher.encrypt(cpr, 7), 7));
    assertThrows(IllegalArgumentException.class, () -> CprCipher.fromSettings(key, "2", old));
    assertThrows(
        IllegalArgumentException.class, () -> CprCipher.fromSettings(key, "2", "2:" + old));
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CprCipher(new byte[16]));
    assertThrows(IllegalArgumentException.class, () -> CprCipher.fromBase64("not base64!"));
  }

  @Test
  void itsTextShowsNoKey() {
    assertEquals("CprCipher[keys hidden]", cipher.toString());
  }
}
