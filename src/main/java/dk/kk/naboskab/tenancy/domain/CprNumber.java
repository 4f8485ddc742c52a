package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Danish CPR number (personnummer): ten digits, the first six a real date of birth, the seventh
 * telling the century. The modulus-11 check is not applied: numbers issued since 2007 need not pass
 * it.
 *
 * <p>{@link #toString()} is masked, so a CPR number that slips into a log or an error message shows
 * only the date of birth.
 */
@dk.kk.naboskab.shared.Published("pathway: the CPR number of a citizen at a shelter")
public final class CprNumber {
  private final String digits;

  private CprNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Reads a CPR number as a person types it: {@code 010190-1234}, {@code 0101901234} or with
   * spaces.
   *
   * @throws RuleViolation on field {@code cpr} when it is not ten digits or not a real date
   */
  public static CprNumber parse(String input) {
    if (input == null) {
      throw new RuleViolation("cpr", "cpr.required");
    }
    var digits = input.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{10}")) {
      throw new RuleViolation("cpr", "cpr.format");
    }
    var number = new CprNumber(digits);
    try {
      number.dateOfBirth();
    } catch (DateTimeException e) {
      throw new RuleViolation("cpr", "cpr.date");
    }
    return number;
  }

  /** The date of birth, with the century read from the seventh digit. */
  public LocalDate dateOfBirth() {
    var day = Integer.parseInt(digits.substring(0, 2));
    var month = Integer.parseInt(digits.substring(2, 4));
    var year = Integer.parseInt(digits.substring(4, 6));
    var seventh = digits.charAt(6) - '0';
    int century;
    if (seventh <= 3) {
      century = 1900;
    } else if (seventh == 4 || seventh == 9) {
      century = year <= 36 ? 2000 : 1900;
    } else {
      century = year <= 57 ? 2000 : 1800;
    }
    return LocalDate.of(century + year, month, day);
  }

  /** The ten digits, for encryption and the search index only. */
  public String digits() {
    return digits;
  }

  /** {@code DDMMYY-NNNN}: the whole number, for the coordinator who asked to see it. */
  public String formatted() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /** {@code DDMMYY-****}: what municipal staff see on screen. */
  public String masked() {
    return digits.substring(0, 6) + "-****";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CprNumber cpr && cpr.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }

  @Override
  public String toString() {
    return masked();
  }
}
