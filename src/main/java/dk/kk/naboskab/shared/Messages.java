package dk.kk.naboskab.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts, outside a page: a message key and its arguments in the reader's language.
 * Arguments read as people write them: a day as "3. marts 2026", an enum constant by its label
 * ({@code supportTrack.LONG_TERM}), a missing value as "—".
 */
public final class Messages {
  /** The bundle the pages use too (faces-config's {@code msg}). */
  public static final String BUNDLE = "dk.kk.naboskab.web.messages";

  private Messages() {}

  public static String text(Locale locale, String key, List<?> arguments) {
    var bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.isEmpty()) {
      return pattern;
    }
    var values = arguments.stream().map(a -> argument(bundle, locale, a)).toArray();
    return new MessageFormat(pattern, locale).format(values);
  }

  public static String text(Locale locale, String key, Object... arguments) {
    return text(locale, key, List.of(arguments));
  }

  /** The key of an enum constant's label: {@code workerType.HOME_SUPPORT}. */
  public static String labelKey(Enum<?> value) {
    var type = value.getDeclaringClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
  }

  private static Object argument(ResourceBundle bundle, Locale locale, Object argument) {
    if (argument == null) {
      return "—";
    }
    if (argument instanceof LocalDate day) {
      return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
    if (argument instanceof Enum<?> value) {
      var key = labelKey(value);
      return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }
    return argument;
  }
}
