package dk.kk.naboskab.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The schema keeps instants as {@code datetime(6)} in UTC; native queries bind and read them
 * through these two, so no query converts through the server's or the JVM's zone.
 */
public final class UtcColumns {
  private UtcColumns() {}

  /** An instant as a parameter of a native query. */
  public static Timestamp timestamp(Instant instant) {
    return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  /** A {@code datetime} column's value as the instant it holds in UTC; null stays null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected date type " + value.getClass());
  }
}
