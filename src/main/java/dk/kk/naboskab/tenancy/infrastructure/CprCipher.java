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
 * never look alike in the table, and bound to its tenant: the tenant's id is the ciphertext's
 * associated data, so a ciphertext copied to another row does not decrypt there. A stored value
 * names the key version it was made with ({@code v2:...}); the keys of earlier versions stay
 * configured until {@code RotateCprKeys} has re-encrypted every row under the current one (ADR 6).
 * A separate HMAC-SHA-256 "blind index" of the number lets the database find (and refuse duplicates
 * of) an exact number without decrypting anything; during a rotation a number is looked up under
 * every configured key's index. All keys are derived from configured master keys, which never leave
 * configuration.
 */
@dk.kk.naboskab.shared.Published(
    "pathway: a stay's CPR number kept as the register keeps a tenant's")
public final class CprCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The version a value without a version prefix (written before versions) was made with. */
  static final int LEGACY_VERSION = 1;

  private record Keys(SecretKeySpec encryption, SecretKeySpec index) {}

  private final int currentVersion;
  private final java.util.SortedMap<Integer, Keys> keys = new java.util.TreeMap<>();

  /**
   * @param masterKey 32 bytes (256 bits) from configuration, as key version 1
   */
  public CprCipher(byte[] masterKey) {
    this(LEGACY_VERSION, masterKey, java.util.Map.of());
  }

  /**
   * @param currentVersion the version new values are written with
   * @param currentKey its 32-byte master key
   * @param previousKeys earlier versions' master keys, still needed to read values not yet rotated
   */
  public CprCipher(
      int currentVersion, byte[] currentKey, java.util.Map<Integer, byte[]> previousKeys) {
    if (currentVersion < 1) {
      throw new IllegalArgumentException("the CPR key version must be 1 or more");
    }
    this.currentVersion = currentVersion;
    keys.put(currentVersion, keysOf(currentKey));
    previousKeys.forEach(
        (version, key) -> {
          if (version == currentVersion) {
            throw new IllegalArgumentException(
                "an earlier CPR key has the current version " + version);
          }
          keys.put(version, keysOf(key));
        });
  }

  private static Keys keysOf(byte[] masterKey) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException("the CPR master key must be 32 bytes (256 bits)");
    }
    return new Keys(
        new SecretKeySpec(derive(masterKey, "naboskab-cpr-encryption"), "AES"),
        new SecretKeySpec(derive(masterKey, "naboskab-cpr-index"), "HmacSHA256"));
  }

  /** Reads a base64-encoded master key, as configured, as key version 1. */
  public static CprCipher fromBase64(String masterKey) {
    return fromSettings(masterKey, "1", "");
  }

  /**
   * The cipher as configured: the current key and its version, and earlier keys as {@code
   * version:base64} separated by spaces or commas.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  public static CprCipher fromSettings(String masterKey, String version, String previousKeys) {
    try {
      var previous = new java.util.HashMap<Integer, byte[]>();
      for (var entry :
          previousKeys == null ? new String[0] : previousKeys.trim().split("[\\s,]+")) {
        if (entry.isEmpty()) {
          continue;
        }
        var colon = entry.indexOf(':');
        if (colon < 1) {
          throw new IllegalArgumentException("an earlier CPR key must be written version:base64");
        }
        previous.put(
            Integer.parseInt(entry.substring(0, colon)),
            Base64.getDecoder().decode(entry.substring(colon + 1)));
      }
      return new CprCipher(
          Integer.parseInt(version.trim()), Base64.getDecoder().decode(masterKey.trim()), previous);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the CPR keys must be 32 bytes in base64 with whole version numbers: " + e.getMessage(),
          e);
    }
  }

  /** The version new values are written with. */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * {@code v<version>:} and base64 of nonce ‖ ciphertext ‖ tag, with the tenant's id as associated
   * data.
   */
  public String encrypt(CprNumber cpr, long tenantId) {
    return encrypt(cpr, TENANT, tenantId);
  }

  /**
   * As {@link #encrypt(CprNumber, long)}, bound to another kind of row (a shelter stay: {@code
   * "stay"}): the kind is part of the associated data, so a stay's ciphertext does not decrypt as a
   * tenant's of the same id.
   */
  public String encrypt(CprNumber cpr, String kind, long id) {
    return "v"
        + currentVersion
        + ":"
        + seal(keys.get(currentVersion), associatedData(kind, id), cpr);
  }

  /**
   * A value as written before key versions and tenant binding (nonce ‖ ciphertext ‖ tag, no
   * associated data): only data loaded from outside the portal is still written so, and {@code
   * RotateCprKeys} upgrades it.
   *
   * @throws IllegalStateException without a key of version 1
   */
  public String encryptUnbound(CprNumber cpr) {
    var legacy = keys.get(LEGACY_VERSION);
    if (legacy == null) {
      throw new IllegalStateException("CPR encryption without a version 1 key");
    }
    return seal(legacy, null, cpr);
  }

  /** Base64 of a fresh nonce ‖ ciphertext ‖ tag under the key, with the associated data if any. */
  private static String seal(Keys key, byte[] associatedData, CprNumber cpr) {
    try {
      var nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
      if (associatedData != null) {
        cipher.updateAAD(associatedData);
      }
      var sealed = cipher.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("CPR encryption failed", e);
    }
  }

  /**
   * @throws IllegalStateException when the value was not encrypted with a configured key, was
   *     altered, or belongs to another tenant
   */
  public CprNumber decrypt(String stored, long tenantId) {
    return decrypt(stored, TENANT, tenantId);
  }

  /**
   * @throws IllegalStateException when the value was not encrypted with a configured key, was
   *     altered, or belongs to another row
   */
  public CprNumber decrypt(String stored, String kind, long id) {
    try {
      var version = versionOf(stored);
      var key = keys.get(version);
      if (key == null) {
        throw new IllegalStateException(
            "a stored CPR number is under key version " + version + ", which is not configured");
      }
      var bytes =
          Base64.getDecoder()
              .decode(isVersioned(stored) ? stored.substring(stored.indexOf(':') + 1) : stored);
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.encryption(),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      if (isVersioned(stored)) {
        cipher.updateAAD(associatedData(kind, id));
      }
      var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return CprNumber.parse(new String(plain, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "a stored CPR number cannot be decrypted with the configured key for this tenant", e);
    }
  }

  /** Whether the stored value is written with the current key version, bound to its tenant. */
  public boolean isCurrent(String stored) {
    return stored.startsWith("v" + currentVersion + ":");
  }

  /**
   * Whether the value carries its key version ("v2:…"). A value from before key versions is plain
   * Base64, which may well begin with a "v" (one in 64) but never holds a colon: the colon decides.
   */
  static boolean isVersioned(String stored) {
    return VERSIONED.matcher(stored).lookingAt();
  }

  private static final java.util.regex.Pattern VERSIONED =
      java.util.regex.Pattern.compile("v\\d+:");

  /** The key version a stored value was written with. */
  static int versionOf(String stored) {
    if (!isVersioned(stored)) {
      return LEGACY_VERSION;
    }
    return Integer.parseInt(stored.substring(1, stored.indexOf(':')));
  }

  /** The kind of row a tenant's number is bound to. */
  static final String TENANT = "tenant";

  private static byte[] associatedData(String kind, long id) {
    return ("naboskab-" + kind + ":" + id).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The blind index under the current key: the same for the same number, and nothing else can be
   * learnt from it.
   */
  public String index(CprNumber cpr) {
    return index(keys.get(currentVersion), cpr);
  }

  /**
   * The number's index under every configured key, current first: what a search compares while a
   * rotation is under way.
   */
  public java.util.List<String> indexes(CprNumber cpr) {
    var all = new java.util.ArrayList<String>();
    all.add(index(cpr));
    keys.forEach(
        (version, key) -> {
          if (version != currentVersion) {
            all.add(index(key, cpr));
          }
        });
    return all;
  }

  private static String index(Keys key, CprNumber cpr) {
    return HexFormat.of()
        .formatHex(hmac(key.index(), cpr.digits().getBytes(StandardCharsets.US_ASCII)));
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
