package dk.kk.naboskab.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final LocalDate D1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate D10 = LocalDate.of(2027, 1, 10);
  private static final LocalDate D20 = LocalDate.of(2027, 1, 20);

  @Test
  void bothEndsAreIncluded() {
    var period = Period.between(D1, D10);
    assertTrue(period.contains(D1));
    assertTrue(period.contains(D10));
    assertFalse(period.contains(D10.plusDays(1)));
    assertFalse(period.contains(D1.minusDays(1)));
  }

  @Test
  void anOpenPeriodNeverEnds() {
    assertTrue(Period.from(D1).contains(LocalDate.of(2100, 1, 1)));
  }

  @Test
  void periodsSharingOneDayOverlap() {
    assertTrue(Period.between(D1, D10).overlaps(Period.between(D10, D20)));
    assertFalse(Period.between(D1, D10).overlaps(Period.between(D10.plusDays(1), D20)));
    assertTrue(Period.from(D1).overlaps(Period.between(D20, D20)));
  }

  @Test
  void theIntersectionIsTheSharedDays() {
    assertEquals(
        Optional.of(Period.between(D10, D10)),
        Period.between(D1, D10).intersection(Period.from(D10)));
    assertEquals(Optional.of(Period.from(D10)), Period.from(D1).intersection(Period.from(D10)));
    assertEquals(Optional.empty(), Period.between(D1, D1).intersection(Period.from(D10)));
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> Period.between(D10, D1));
  }
}
