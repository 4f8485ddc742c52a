package dk.kk.naboskab.clock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copenhagen's business calendar, checked against the published Danish calendar. */
class BusinessCalendarTest {
  private final BusinessCalendar calendar = BusinessCalendar.copenhagen();

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.COPENHAGEN).toInstant();
  }

  @ParameterizedTest(name = "Easter {0}: {1}")
  @CsvSource({
    "2008, 2008-03-23",
    "2019, 2019-04-21",
    "2023, 2023-04-09",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void easterSundayMatchesThePublishedCalendar(int year, LocalDate easter) {
    assertEquals(easter, DanishHolidays.easterSunday(year));
  }

  @Test
  void theHolidaysOf2026AreTheOnesInTheCalendar() {
    assertEquals(
        Set.of(
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-04-02"),
            LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-05"),
            LocalDate.parse("2026-04-06"),
            LocalDate.parse("2026-05-14"),
            LocalDate.parse("2026-05-24"),
            LocalDate.parse("2026-05-25"),
            LocalDate.parse("2026-12-25"),
            LocalDate.parse("2026-12-26")),
        DanishHolidays.of(2026).keySet());
    assertEquals(
        "Kristi himmelfartsdag", DanishHolidays.of(2025).get(LocalDate.parse("2025-05-29")));
    assertEquals("2. pinsedag", DanishHolidays.of(2025).get(LocalDate.parse("2025-06-09")));
  }

  @Test
  void storeBededagWasAHolidayUntil2023AndIsAWorkingDayFrom2024() {
    assertEquals("Store Bededag", DanishHolidays.of(2023).get(LocalDate.parse("2023-05-05")));
    assertTrue(calendar.openingOn(LocalDate.parse("2023-05-05")).isEmpty());
    assertEquals(
        new WorkingHours.Window(LocalTime.of(8, 0), LocalTime.of(15, 30)),
        calendar.openingOn(LocalDate.parse("2024-04-26")).orElseThrow());
  }

  @Test
  void theCalendarComputesAnyYearAndNeverRunsOut() {
    assertEquals(10, DanishHolidays.of(2150).size());
    assertEquals(11, DanishHolidays.of(1990).size());
  }

  @Test
  void copenhagensOwnRules() {
    assertTrue(calendar.openingOn(LocalDate.parse("2026-05-01")).isEmpty(), "1 May is off");
    assertEquals(
        new WorkingHours.Window(LocalTime.of(8, 0), LocalTime.NOON),
        calendar.openingOn(LocalDate.parse("2026-06-05")).orElseThrow(),
        "Grundlovsdag is off from 12:00");
    assertEquals(
        new WorkingHours.Window(LocalTime.of(8, 0), LocalTime.of(16, 0)),
        calendar.openingOn(LocalDate.parse("2026-12-24")).orElseThrow(),
        "24 December is a normal working day");
    assertTrue(calendar.openingOn(LocalDate.parse("2026-12-31")).isPresent());
    assertTrue(calendar.openingOn(LocalDate.parse("2026-11-28")).isEmpty(), "Saturday");
  }

  @Test
  void fridayAfternoonToMondayMorningCountsOnlyTheOpenHours() {
    assertEquals(
        Duration.ofMinutes(90), calendar.between(at("2026-11-27T15:00"), at("2026-11-30T09:00")));
  }

  @Test
  void businessTimeIsExactAcrossTheSpringDaylightSavingChange() {
    // Last Sunday of March 2026: clocks go from 02:00 CET to 03:00 CEST.
    assertEquals(
        Duration.ofMinutes(210), calendar.between(at("2026-03-27T14:00"), at("2026-03-30T10:00")));
  }

  @Test
  void businessTimeAndDeadlinesAreExactAcrossTheAutumnDaylightSavingChange() {
    // Last Sunday of October 2026: clocks go from 03:00 CEST back to 02:00 CET.
    var friday = at("2026-10-23T15:00");
    assertEquals(Duration.ofMinutes(90), calendar.between(friday, at("2026-10-26T09:00")));
    assertEquals(at("2026-10-26T09:30"), calendar.plus(friday, Duration.ofHours(2)));
    assertEquals(Instant.parse("2026-10-26T08:30:00Z"), calendar.plus(friday, Duration.ofHours(2)));
  }

  @Test
  void theEasterHolidaysAreSkipped() {
    // Wednesday before Easter 2026 15:00 → Tuesday after Easter 09:00: one hour each side.
    assertEquals(
        Duration.ofHours(2), calendar.between(at("2026-04-01T15:00"), at("2026-04-07T09:00")));
  }

  @Test
  void timeOutsideTheOpenHoursCountsNothingAndADeadlineStartsAtTheNextOpening() {
    assertEquals(Duration.ZERO, calendar.between(at("2026-11-28T10:00"), at("2026-11-29T18:00")));
    assertEquals(at("2026-11-30T08:00"), calendar.plus(at("2026-11-28T10:00"), Duration.ZERO));
    assertEquals(
        at("2026-11-30T16:00"), calendar.plus(at("2026-11-30T15:00"), Duration.ofHours(1)));
    assertEquals(
        at("2026-11-30T08:30"), calendar.plus(at("2026-11-27T15:00"), Duration.ofHours(1)));
    assertEquals(Duration.ZERO, calendar.between(at("2026-11-30T10:00"), at("2026-11-30T09:00")));
  }

  @Test
  void aDayAnAdministratorClosesCountsNothing() {
    var closed =
        new BusinessCalendar(
            WorkingHours.copenhagenDefault(), Set.of(LocalDate.parse("2026-12-23")));

    assertEquals(
        Duration.ofHours(8), closed.between(at("2026-12-23T00:00"), at("2026-12-24T23:00")));
  }

  @Test
  void workingHoursThatEndBeforeTheyStartAreRefused() {
    var refused =
        assertThrows(
            RuleViolation.class,
            () -> new WorkingHours.Window(LocalTime.of(16, 0), LocalTime.of(8, 0)));

    assertEquals("clock.hours.endBeforeStart", refused.messageKey());
  }
}
