package dk.kk.naboskab.tenancy.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of whole days in Copenhagen: from a first day to an optional last day, both included. An
 * assignment or an absence is valid on each day of its period.
 */
public record Period(LocalDate from, LocalDate until) {
  /**
   * The last day MariaDB's DATE holds: an open end in a query. ({@code LocalDate.MAX} is not a DATE
   * the database can compare with, and would match nothing.)
   */
  public static final LocalDate LAST_STORABLE_DAY = LocalDate.of(9999, 12, 31);

  public Period {
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          "a period cannot end (" + until + ") before it starts (" + from + ")");
    }
  }

  public static Period from(LocalDate from) {
    return new Period(from, null);
  }

  public static Period between(LocalDate from, LocalDate until) {
    return new Period(from, until);
  }

  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(until);
  }

  public boolean isOpenEnded() {
    return until == null;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }

  public boolean overlaps(Period other) {
    return (until == null || !other.from.isAfter(until))
        && (other.until == null || !from.isAfter(other.until));
  }

  /** The days both periods share, if any. */
  public Optional<Period> intersection(Period other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    var start = from.isAfter(other.from) ? from : other.from;
    LocalDate end;
    if (until == null) {
      end = other.until;
    } else if (other.until == null) {
      end = until;
    } else {
      end = until.isBefore(other.until) ? until : other.until;
    }
    return Optional.of(new Period(start, end));
  }

  /** This period, ended on the given day (the day stays included). */
  public Period endingOn(LocalDate lastDay) {
    return new Period(from, lastDay);
  }
}
