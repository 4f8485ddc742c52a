package dk.kk.naboskab.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.tenancy.domain.CprNumber;
import java.util.Base64;
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

  @Test
  void whatIsEncryptedDecryptsToTheSameNumber() {
    assertEquals(cpr, cipher.decrypt(cipher.encrypt(cpr)));
  }

  @Test
  void theSameNumberNeverEncryptsAlike() {
    assertNotEquals(cipher.encrypt(cpr), cipher.encrypt(cpr));
  }

  @Test
  void theStoredFormDoesNotContainTheNumber() {
    var stored = cipher.encrypt(cpr);
    assertFalse(stored.contains("0101901234"));
    assertFalse(
        new String(Base64.getDecoder().decode(stored), java.nio.charset.StandardCharsets.ISO_8859_1)
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
    assertThrows(IllegalStateException.class, () -> other.decrypt(cipher.encrypt(cpr)));
    assertNotEquals(cipher.index(cpr), other.index(cpr));
  }

  @Test
  void anAlteredValueIsRejected() {
    var bytes = Base64.getDecoder().decode(cipher.encrypt(cpr));
    bytes[bytes.length - 1] ^= 1;
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)));
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
