package dk.kk.naboskab.api.application;

import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.application.Upload;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Filing through the API under an {@code Idempotency-Key}: the first POST with a key files the
 * concern (through the pages' own {@link ConcernService#file}), every later one with the same key
 * and body gets that concern back, and one with the same key but another body is refused — in one
 * transaction with the filing, so a key is held only by a concern that exists.
 */
@Stateless
public class ApiFilings {
  /** The longest key a client may send. */
  public static final int MAX_KEY = 100;

  @PersistenceContext EntityManager em;
  @Inject ConcernService concerns;
  @Inject Clock clock;

  /**
   * The concern filed, and whether it was filed by an earlier request with the key.
   *
   * @param id the concern's public id
   * @param replayed the key was used before: nothing new was filed
   */
  public record Filed(String id, boolean replayed) {}

  /**
   * @param client the API client (its token's {@code azp}); keys are the client's own
   * @param body the request's body as sent, whose fingerprint the key is held to
   * @throws RuleViolation on {@code Idempotency-Key} when the key came before with another body;
   *     whatever {@link ConcernService#file} throws, with the key not kept
   */
  public Filed file(
      String client, String key, byte[] body, FileConcern command, List<Upload> uploads) {
    var fingerprint = sha256(body);
    var inserted =
        em.createNativeQuery(
                "insert ignore into api_idempotency (client, idem_key, body_sha256, created_at)"
                    + " values (?, ?, ?, ?)")
            .setParameter(1, client)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .setParameter(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 0) {
      // The key is taken: by a committed filing (a request holding it uncommitted made the insert
      // above wait). A locking read sees the latest committed row.
      var row =
          (Object[])
              em.createNativeQuery(
                      "select body_sha256, concern_public_id from api_idempotency"
                          + " where client = ? and idem_key = ? lock in share mode")
                  .setParameter(1, client)
                  .setParameter(2, key)
                  .getSingleResult();
      if (!Arrays.equals((byte[]) row[0], fingerprint)) {
        throw new RuleViolation("Idempotency-Key", "api.idempotency.reused", key);
      }
      return new Filed((String) row[1], true);
    }
    var id = concerns.file(command, uploads);
    em.createNativeQuery(
            "update api_idempotency set concern_public_id = ? where client = ? and idem_key = ?")
        .setParameter(1, id)
        .setParameter(2, client)
        .setParameter(3, key)
        .executeUpdate();
    return new Filed(id, false);
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
