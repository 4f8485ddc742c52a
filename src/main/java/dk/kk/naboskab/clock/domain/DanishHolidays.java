package dk.kk.naboskab.clock.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Denmark's public holidays of any year, computed from Easter (the Gregorian computus), never typed
 * in: the calendar does not run out. Store Bededag is a holiday up to and including 2023 only.
 */
public final class DanishHolidays {
  /** The last year Store Bededag was a public holiday (it was abolished from 2024). */
  public static final int LAST_YEAR_OF_STORE_BEDEDAG = 2023;

  private static final Map<Integer, Set<LocalDate>> DAYS_BY_YEAR = new ConcurrentHashMap<>();

  private DanishHolidays() {}

  /** Whether the day is a public holiday (each year computed once, then remembered). */
  public static boolean isHoliday(LocalDate day) {
    return DAYS_BY_YEAR
        .computeIfAbsent(day.getYear(), year -> Set.copyOf(of(year).keySet()))
        .contains(day);
  }

  /** Easter Sunday of the year (Gregorian calendar; the "anonymous" algorithm). */
  public static LocalDate easterSunday(int year) {
    var a = year % 19;
    var b = year / 100;
    var c = year % 100;
    var d = b / 4;
    var e = b % 4;
    var f = (b + 8) / 25;
    var g = (b - f + 1) / 3;
    var h = (19 * a + b - d - g + 15) % 30;
    var i = c / 4;
    var k = c % 4;
    var l = (32 + 2 * e + 2 * i - h - k) % 7;
    var m = (a + 11 * h + 22 * l) / 451;
    var month = (h + l - 7 * m + 114) / 31;
    var day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** The year's public holidays, by day, with their Danish names. */
  public static Map<LocalDate, String> of(int year) {
    var easter = easterSunday(year);
    var days = new TreeMap<LocalDate, String>();
    days.put(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
    days.put(easter.minusDays(3), "Skærtorsdag");
    days.put(easter.minusDays(2), "Langfredag");
    days.put(easter, "Påskedag");
    days.put(easter.plusDays(1), "2. påskedag");
    if (year <= LAST_YEAR_OF_STORE_BEDEDAG) {
      days.put(easter.plusDays(26), "Store Bededag");
    }
    days.put(easter.plusDays(39), "Kristi himmelfartsdag");
    days.put(easter.plusDays(49), "Pinsedag");
    days.put(easter.plusDays(50), "2. pinsedag");
    days.put(LocalDate.of(year, Month.DECEMBER, 25), "1. juledag");
    days.put(LocalDate.of(year, Month.DECEMBER, 26), "2. juledag");
    return days;
  }
}
