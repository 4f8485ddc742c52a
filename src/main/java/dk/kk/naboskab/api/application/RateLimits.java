package dk.kk.naboskab.api.application;

import dk.kk.naboskab.shared.Setting;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Each API client's rate (ADR 27): a token bucket of {@link Setting#API_BURST} calls, refilled at
 * {@link Setting#API_RATE_PER_MINUTE} a minute, kept in the database — one upsert and one read per
 * call — so that every node of a cluster counts the same calls. A refused call costs no token: a
 * client that waits as told gets through.
 */
@Stateless
public class RateLimits {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * @param allowed whether the call may go on
   * @param retryAfterSeconds when refused, how long until a token is there (at least 1)
   */
  public record Decision(boolean allowed, long retryAfterSeconds) {}

  /** Takes one token from the client's bucket, if there is one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Decision take(String client) {
    var capacity = Double.parseDouble(Setting.API_BURST.value());
    var perMilli = Double.parseDouble(Setting.API_RATE_PER_MINUTE.value()) / 60_000d;
    var now = clock.millis();
    // Assignments run left to right, each seeing the ones before: allowed from the refilled count,
    // then the count less the token taken.
    em.createNativeQuery(
            "insert into api_rate (client, tokens, refilled_at, allowed) values (?1, ?2 - 1, ?3,"
                + " true) on duplicate key update"
                + " allowed = least(?2, tokens + greatest(0, ?3 - refilled_at) * ?4) >= 1,"
                + " tokens = least(?2, tokens + greatest(0, ?3 - refilled_at) * ?4) - allowed,"
                + " refilled_at = greatest(refilled_at, ?3)")
        .setParameter(1, client)
        .setParameter(2, capacity)
        .setParameter(3, now)
        .setParameter(4, perMilli)
        .executeUpdate();
    var row =
        (Object[])
            em.createNativeQuery("select allowed, tokens from api_rate where client = ?1")
                .setParameter(1, client)
                .getSingleResult();
    var allowed = row[0] instanceof Boolean b ? b : ((Number) row[0]).intValue() != 0;
    if (allowed) {
      return new Decision(true, 0);
    }
    var missing = 1 - ((Number) row[1]).doubleValue();
    return new Decision(false, Math.max(1, (long) Math.ceil(missing / perMilli / 1000)));
  }
}
