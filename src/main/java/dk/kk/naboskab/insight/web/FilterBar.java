package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.concern.application.CategoryChoices.CategoryChoice;
import dk.kk.naboskab.insight.application.Filter;
import dk.kk.naboskab.insight.application.ResponseTimes;
import dk.kk.naboskab.shared.RuleViolation;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the figures pages' filter bar holds between requests (the period as "2026-11" months, a
 * unit, an association, a category) and the choices it offers; {@code filter-bar.xhtml} shows it.
 */
public class FilterBar implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MONTHS_BACK = 36;

  private final YearMonth thisMonth;
  private final List<ResponseTimes.Choice> units;
  private final List<ResponseTimes.Choice> associations;
  private final List<CategoryChoice> categories;
  private String from;
  private String to;
  private Long unitId;
  private Long associationId;
  private Long categoryId;

  /** The months offered, with their names in the language they were last asked for. */
  private Locale monthsLocale;

  private List<MonthChoice> monthChoices;

  /** A month to choose: "2026-11", shown as "nov. 2026". */
  public record MonthChoice(String value, String label) implements Serializable {}

  /** The last twelve months up to {@code thisMonth}, no unit, association or category. */
  public FilterBar(
      YearMonth thisMonth, ResponseTimes.Choices choices, List<CategoryChoice> categories) {
    this.thisMonth = thisMonth;
    this.units = choices.units();
    this.associations = choices.associations();
    this.categories = categories;
    this.to = thisMonth.toString();
    this.from = thisMonth.minusMonths(11).toString();
  }

  /**
   * @throws RuleViolation on {@code from} or {@code to} when a month is not one, or on {@code from}
   *     when the period ends before it starts
   */
  public Filter filter() {
    return new Filter(month(from, "from"), month(to, "to"), unitId, associationId, categoryId)
        .requireOrdered();
  }

  private static YearMonth month(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new RuleViolation(field, "insight.period.format");
    }
  }

  /** The months the period can start or end with, newest first ("2026-11"). */
  public List<String> getMonths() {
    var months = new ArrayList<String>();
    for (var i = 0; i < MONTHS_BACK; i++) {
      months.add(thisMonth.minusMonths(i).toString());
    }
    return months;
  }

  /** The months with their names in the reader's language, named once per language. */
  public List<MonthChoice> getMonthChoices() {
    var locale = dk.kk.naboskab.shared.web.LanguageView.current();
    if (!locale.equals(monthsLocale)) {
      monthChoices =
          getMonths().stream().map(m -> new MonthChoice(m, monthLabel(m, locale))).toList();
      monthsLocale = locale;
    }
    return monthChoices;
  }

  /** "nov. 2026" for "2026-11"; anything else as it is. */
  public static String monthLabel(String key, Locale locale) {
    try {
      return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    } catch (DateTimeParseException e) {
      return key;
    }
  }

  public List<ResponseTimes.Choice> getUnits() {
    return units;
  }

  public List<ResponseTimes.Choice> getAssociations() {
    return associations;
  }

  public List<CategoryChoice> getCategories() {
    return categories;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getAssociationId() {
    return associationId;
  }

  public void setAssociationId(Long associationId) {
    this.associationId = associationId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }
}
