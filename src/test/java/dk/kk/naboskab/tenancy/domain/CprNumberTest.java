package dk.kk.naboskab.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumberTest {

  @ParameterizedTest
  @CsvSource({
    "010190-1234, 1990-01-01",
    "0101901234,  1990-01-01",
    "010110 4321, 2010-01-01",
    "010140-4321, 1940-01-01",
    "311299-9999, 1999-12-31",
    "311220-9999, 2020-12-31",
    "010158-5678, 1858-01-01",
    "010157-5678, 2057-01-01",
    "290200-4000, 2000-02-29"
  })
  void theCenturyComesFromTheSeventhDigit(String input, LocalDate born) {
    assertEquals(born, CprNumber.parse(input).dateOfBirth());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "010190-123", "010190-12345", "01o190-1234", "010190/1234"})
  void anythingButTenDigitsIsRefused(String input) {
    var refused = assertThrows(RuleViolation.class, () -> CprNumber.parse(input));
    assertEquals("cpr", refused.field());
    assertEquals("cpr.format", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"320190-1234", "011390-1234", "290299-1234", "000190-1234"})
  void aDateThatDoesNotExistIsRefused(String input) {
    assertEquals(
        "cpr.date", assertThrows(RuleViolation.class, () -> CprNumber.parse(input)).messageKey());
  }

  @ParameterizedTest
  @NullSource
  void aMissingNumberIsRefused(String input) {
    assertEquals(
        "cpr.required",
        assertThrows(RuleViolation.class, () -> CprNumber.parse(input)).messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190-1234"})
  void itIsMaskedEverywhereItCouldLeak(String input) {
    var cpr = CprNumber.parse(input);
    assertEquals("010190-****", cpr.masked());
    assertEquals("010190-****", cpr.toString());
    assertFalse(String.valueOf(cpr).contains("1234"));
  }
}
