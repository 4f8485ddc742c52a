package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Copenhagen Municipality's business calendar: the working hours, minus Danish public holidays, 1
 * May, the afternoon of Grundlovsdag (5 June, closed from 12:00) and the extra closed days an
 * administrator adds. 24 and 31 December are normal working days. Business time between two
 * instants is exact across midnight, weekends, holidays and daylight-saving changes: each day's
 * opening is placed on the time line in Europe/Copenhagen.
 */
@Published("concern, insight: working days and hours")
public final class BusinessCalendar {
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final LocalTime GRUNDLOVSDAG_CLOSES = LocalTime.NOON;

  private final WorkingHours hours;
  private final Set<LocalDate> extraClosedDays;

  public BusinessCalendar(WorkingHours hours, Set<LocalDate> extraClosedDays) {
    this.hours = Objects.requireNonNull(hours);
    this.extraClosedDays = Set.copyOf(extraClosedDays);
  }

  /** The default calendar, with no extra closed days. */
  public static BusinessCalendar copenhagen() {
    return new BusinessCalendar(WorkingHours.copenhagenDefault(), Set.of());
  }

  /** The opening of a day, if it opens at all. */
  public Optional<WorkingHours.Window> openingOn(LocalDate day) {
    if (extraClosedDays.contains(day)
        || DanishHolidays.isHoliday(day)
        || (day.getMonth() == Month.MAY && day.getDayOfMonth() == 1)) {
      return Optional.empty();
    }
    var window = hours.on(day.getDayOfWeek());
    if (window.isPresent() && day.getMonth() == Month.JUNE && day.getDayOfMonth() == 5) {
      var w = window.get();
      if (!w.start().isBefore(GRUNDLOVSDAG_CLOSES)) {
        return Optional.empty();
      }
      return Optional.of(
          new WorkingHours.Window(
              w.start(), w.end().isBefore(GRUNDLOVSDAG_CLOSES) ? w.end() : GRUNDLOVSDAG_CLOSES));
    }
    return window;
  }

  /** The business time from {@code from} to {@code to}; zero when {@code to} is not after it. */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    var total = Duration.ZERO;
    var day = from.atZone(COPENHAGEN).toLocalDate();
    var last = to.atZone(COPENHAGEN).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      var opening = openingOn(day);
      if (opening.isEmpty()) {
        continue;
      }
      var open = day.atTime(opening.get().start()).atZone(COPENHAGEN).toInstant();
      var close = day.atTime(opening.get().end()).atZone(COPENHAGEN).toInstant();
      var start = open.isAfter(from) ? open : from;
      var end = close.isBefore(to) ? close : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of business time has passed since {@code from}: a deadline.
   * Zero business time is the next moment the office is open (or {@code from} itself).
   */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a negative business time: " + amount);
    }
    var left = amount;
    var day = from.atZone(COPENHAGEN).toLocalDate();
    for (var guard = 0; guard < 366 * 20; guard++, day = day.plusDays(1)) {
      var opening = openingOn(day);
      if (opening.isEmpty()) {
        continue;
      }
      var open = day.atTime(opening.get().start()).atZone(COPENHAGEN).toInstant();
      var close = day.atTime(opening.get().end()).atZone(COPENHAGEN).toInstant();
      var start = open.isAfter(from) ? open : from;
      if (!close.isAfter(start)) {
        continue;
      }
      var available = Duration.between(start, close);
      if (available.compareTo(left) >= 0 && !(left.isZero() && start.equals(close))) {
        return start.plus(left);
      }
      left = left.minus(available);
    }
    throw new IllegalStateException("no opening within twenty years of " + from);
  }

  /**
   * The moment {@code days} business days after {@code from}: the same wall-clock time on the
   * {@code days}-th next open day (clipped to that day's opening). A moment outside the opening
   * hours counts from the next opening.
   */
  public Instant plusDays(Instant from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("a negative number of business days: " + days);
    }
    var start = plus(from, Duration.ZERO).atZone(COPENHAGEN);
    var time = start.toLocalTime();
    var day = start.toLocalDate();
    for (var counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (openingOn(day).isPresent()) {
        counted++;
      }
    }
    var window = openingOn(day).orElseThrow();
    var at = time.isBefore(window.start()) ? window.start() : time;
    at = at.isAfter(window.end()) ? window.end() : at;
    return day.atTime(at).atZone(COPENHAGEN).toInstant();
  }
}
