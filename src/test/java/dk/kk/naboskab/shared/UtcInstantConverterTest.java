package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void anInstantIsStoredAsItsUtcWallTime() {
    // 02:30 in Copenhagen on the night summer time starts does not exist locally; in UTC it is
    // plain.
    var instant = Instant.parse("2026-03-29T01:30:00.123456Z");

    assertEquals(
        LocalDateTime.parse("2026-03-29T01:30:00.123456"),
        converter.convertToDatabaseColumn(instant));
    assertEquals(
        instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
  }

  @Test
  void nullStaysNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
