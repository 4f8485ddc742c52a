package dk.kk.naboskab.insight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FilterBarTest {
  private final FilterBar bar =
      new FilterBar(
          YearMonth.of(2026, 11),
          new dk.kk.naboskab.insight.application.ResponseTimes.Choices(List.of(), List.of(), false),
          List.of());

  @Test
  void startsWithTheLastTwelveMonthsAndNothingElse() {
    var filter = bar.filter();

    assertEquals(YearMonth.of(2025, 12), filter.from());
    assertEquals(YearMonth.of(2026, 11), filter.to());
    assertEquals(null, filter.unitId());
    assertEquals(36, bar.getMonths().size());
    assertEquals("2026-11", bar.getMonths().get(0));
    assertEquals("2023-12", bar.getMonths().get(35));
  }

  @Test
  void carriesWhatWasChosen() {
    bar.setFrom("2026-03");
    bar.setTo("2026-05");
    bar.setUnitId(7L);
    bar.setAssociationId(8L);
    bar.setCategoryId(9L);

    var filter = bar.filter();

    assertEquals(YearMonth.of(2026, 3), filter.from());
    assertEquals(YearMonth.of(2026, 5), filter.to());
    assertEquals(7L, filter.unitId());
    assertEquals(8L, filter.associationId());
    assertEquals(9L, filter.categoryId());
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedOnFrom() {
    bar.setFrom("2026-06");
    bar.setTo("2026-05");

    var refused = assertThrows(RuleViolation.class, bar::filter);

    assertEquals("from", refused.field());
    assertEquals("insight.period.order", refused.messageKey());
  }

  @Test
  void aMonthThatIsNoneIsRefusedOnItsField() {
    bar.setTo("maj");

    var refused = assertThrows(RuleViolation.class, bar::filter);

    assertEquals("to", refused.field());
    assertEquals("insight.period.format", refused.messageKey());
  }

  @Test
  void monthsReadInTheReadersLanguage() {
    assertEquals("nov. 2026", FilterBar.monthLabel("2026-11", Locale.forLanguageTag("da")));
    assertEquals("Nov 2026", FilterBar.monthLabel("2026-11", Locale.ENGLISH));
  }
}
