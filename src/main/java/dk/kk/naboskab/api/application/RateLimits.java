package dk.kk.naboskab.api.application;

import dk.kk.naboskab.shared.Database;
import dk.kk.naboskab.shared.Setting;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Each API client's rate (ADR 27): a token bucket of {@link Setting#API_BURST} calls, refilled at
 * {@link Setting#API_RATE_PER_MINUTE} a minute, kept in the database so that every node of a
 * cluster counts the same calls. A call that gets a token costs one statement: an UPDATE that takes
 * it only where the refilled bucket holds one — atomic, so two nodes cannot both take the last. A
 * client's first call finds no bucket and inserts it (one that loses the race to insert it takes
 * from the winner's); a refused call costs no token and reads how long to wait (two statements). No
 * transaction: each statement is one on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimits {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * @param allowed whether the call may go on
   * @param retryAfterSeconds when refused, how long until a token is there (at least 1)
   */
  public record Decision(boolean allowed, long retryAfterSeconds) {}

  /** Takes one token from the client's bucket, if there is one. */
  public Decision take(String client) {
    var capacity = Double.parseDouble(Setting.API_BURST.value());
    var perMilli = Double.parseDouble(Setting.API_RATE_PER_MINUTE.value()) / 60_000d;
    // Real seconds, not the portal's business clock (which tests pin and set running from other
    // days): a client's rate is counted in the time it actually waits.
    var now = System.currentTimeMillis();
    try (var c = dataSource.getConnection()) {
      if (taken(c, client, capacity, perMilli, now)) {
        return new Decision(true, 0);
      }
      Double tokens = null;
      try (var left =
          c.prepareStatement(
              "select least(?, tokens + greatest(0, ? - refilled_at) * ?) from api_rate"
                  + " where client = ?")) {
        left.setDouble(1, capacity);
        left.setLong(2, now);
        left.setDouble(3, perMilli);
        left.setString(4, client);
        try (var rs = left.executeQuery()) {
          if (rs.next()) {
            tokens = rs.getDouble(1);
          }
        }
      }
      if (tokens == null) {
        // The client's first call: its bucket, less this call's token.
        try (var first =
            c.prepareStatement(
                "insert ignore into api_rate (client, tokens, refilled_at) values (?, ?, ?)")) {
          first.setString(1, client);
          first.setDouble(2, capacity - 1);
          first.setLong(3, now);
          if (first.executeUpdate() == 1) {
            return new Decision(true, 0);
          }
        }
        // Another of the client's first calls created the bucket between the statements: take
        // from it (without this, the loser of that race was refused with a full bucket).
        if (taken(c, client, capacity, perMilli, now)) {
          return new Decision(true, 0);
        }
        tokens = 0d;
      } else if (tokens >= 1 && taken(c, client, capacity, perMilli, now)) {
        // Another first call created the bucket between the UPDATE and the SELECT.
        return new Decision(true, 0);
      }
      var missing = 1 - tokens;
      return new Decision(false, Math.max(1, (long) Math.ceil(missing / perMilli / 1000)));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not count the API client's calls: " + e.getMessage(), e);
    }
  }

  /** Takes a token from the client's refilled bucket where it holds one; false when none. */
  private static boolean taken(
      java.sql.Connection c, String client, double capacity, double perMilli, long now)
      throws SQLException {
    try (var take =
        c.prepareStatement(
            "update api_rate set tokens = least(?, tokens + greatest(0, ? - refilled_at) * ?) - 1,"
                + " refilled_at = greatest(refilled_at, ?)"
                + " where client = ? and least(?, tokens + greatest(0, ? - refilled_at) * ?) >= 1")) {
      take.setDouble(1, capacity);
      take.setLong(2, now);
      take.setDouble(3, perMilli);
      take.setLong(4, now);
      take.setString(5, client);
      take.setDouble(6, capacity);
      take.setLong(7, now);
      take.setDouble(8, perMilli);
      return take.executeUpdate() == 1;
    }
  }
}
