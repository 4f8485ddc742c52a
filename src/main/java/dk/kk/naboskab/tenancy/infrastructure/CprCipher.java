package dk.kk.naboskab.tenancy.infrastructure;

import dk.kk.naboskab.tenancy.domain.CprNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps CPR numbers unreadable at rest and still findable by exact value.
 *
 * <p>Each number is stored encrypted with AES-256-GCM under a fresh random nonce, so equal numbers
 * never look alike in the table; a separate HMAC-SHA-256 "blind index" of the number lets the
 * database find (and refuse duplicates of) an exact number without decrypting anything. Both keys
 * are derived from the one configured master key, which never leaves configuration.
 */
public final class CprCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec indexKey;

  /**
   * @param masterKey 32 bytes (256 bits) from configuration
   */
  public CprCipher(byte[] masterKey) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException("the CPR master key must be 32 bytes (256 bits)");
    }
    encryptionKey = new SecretKeySpec(derive(masterKey, "naboskab-cpr-encryption"), "AES");
    indexKey = new SecretKeySpec(derive(masterKey, "naboskab-cpr-index"), "HmacSHA256");
  }

  /** Reads a base64-encoded master key, as configured. */
  public static CprCipher fromBase64(String masterKey) {
    try {
      return new CprCipher(Base64.getDecoder().decode(masterKey.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the CPR master key must be 32 bytes in base64", e);
    }
  }

  /** Base64 of nonce ‖ ciphertext ‖ tag. */
  public String encrypt(CprNumber cpr) {
    try {
      var nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      var sealed = cipher.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("CPR encryption failed", e);
    }
  }

  /**
   * @throws IllegalStateException when the value was not encrypted with this key or was altered
   */
  public CprNumber decrypt(String stored) {
    try {
      var bytes = Base64.getDecoder().decode(stored);
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return CprNumber.parse(new String(plain, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "a stored CPR number cannot be decrypted with the configured key", e);
    }
  }

  /** The blind index: the same for the same number, and nothing else can be learnt from it. */
  public String index(CprNumber cpr) {
    return HexFormat.of()
        .formatHex(hmac(indexKey, cpr.digits().getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] derive(byte[] masterKey, String purpose) {
    return hmac(
        new SecretKeySpec(masterKey, "HmacSHA256"), purpose.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "CprCipher[keys hidden]";
  }
}
