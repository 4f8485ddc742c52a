package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every string a user sees comes from the bundles, in Danish and in English. */
class MessageBundleTest {
  private static final Path BUNDLES = Path.of("src/main/resources/dk/kk/naboskab/web");

  @Test
  void danishAndEnglishHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(load("messages_da").stringPropertyNames()),
        new TreeSet<>(load("messages_en").stringPropertyNames()));
  }

  /**
   * An English text equal to its Danish one is a text nobody translated, unless it is one of the
   * words the two languages share. A new one fails here until it is translated or listed.
   */
  @Test
  void englishIsEnglishWhereTheLanguagesDiffer() throws IOException {
    var danish = load("messages_da");
    var english = load("messages_en");
    var shared =
        java.util.Set.of(
            "app.name",
            "role.admin",
            "start.admin.organisation",
            "tenants.status",
            "tenants.cprOpen",
            "assignment.state",
            "org.title",
            "org.email",
            "urgency.NORMAL",
            "scope.MINE",
            "mailAdmin.status",
            "start.admin.webhooks",
            "webhooks.status",
            "insight.suppressed",
            "insight.chart.median");
    var untranslated = new TreeSet<String>();
    for (var key : danish.stringPropertyNames()) {
      if (danish.getProperty(key).equals(english.getProperty(key)) && !shared.contains(key)) {
        untranslated.add(key + "=" + danish.getProperty(key));
      }
    }
    assertEquals(new TreeSet<String>(), untranslated, "texts left in Danish in the English bundle");
  }

  /**
   * No page writes a word itself: text between tags and in the attributes a person reads (labels,
   * titles, placeholders, headers, messages) comes from the bundles, or the page could not be read
   * in English. The brand's letter in the header is the one exception.
   */
  @Test
  void pagesWriteNoWordsOfTheirOwn() throws IOException {
    var text = Pattern.compile(">([^<]+)<");
    var readAttributes =
        Pattern.compile(
            "\\b(title|placeholder|label|itemLabel|alt|aria-label|headerText|emptyMessage"
                + "|requiredMessage|converterMessage|validatorMessage|header)=\"([^\"]*)\"");
    var found = new TreeSet<String>();
    try (var pages = Files.walk(Path.of("src/main/webapp"))) {
      for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        var source =
            Files.readString(page)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
        for (var m = text.matcher(source); m.find(); ) {
          var words = withoutExpressions(m.group(1));
          if (words.matches("(?s).*\\p{L}.*") && !words.equals("N")) {
            found.add(page + ": " + m.group(1).strip());
          }
        }
        for (var m = readAttributes.matcher(source); m.find(); ) {
          if (withoutExpressions(m.group(2)).matches("(?s).*\\p{L}{2,}.*")) {
            found.add(page + ": " + m.group(1) + "=\"" + m.group(2) + "\"");
          }
        }
      }
    }
    assertEquals(new TreeSet<String>(), found, "words written into pages instead of the bundles");
  }

  private static String withoutExpressions(String s) {
    return s.replaceAll("#\\{[^}]*\\}", "").replaceAll("&[a-z]+;", "").strip();
  }

  @Test
  void theFallbackBundleIsDanish() throws IOException {
    assertEquals(load("messages_da"), load("messages"));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    var keys = load("messages_da").stringPropertyNames();
    var used = Pattern.compile("msg\\['([^']+)'\\]");
    var missing = new TreeSet<String>();
    try (var pages = Files.walk(Path.of("src/main/webapp"))) {
      for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        var matcher = used.matcher(Files.readString(page));
        while (matcher.find()) {
          if (!keys.contains(matcher.group(1))) {
            missing.add(page + ": " + matcher.group(1));
          }
        }
      }
    }
    assertEquals(new TreeSet<String>(), missing);
  }

  @Test
  void everyRuleViolationHasAMessage() throws IOException {
    var keys = load("messages_da").stringPropertyNames();
    var thrown = Pattern.compile("new RuleViolation\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"");
    var missing = new TreeSet<String>();
    var found = 0;
    try (var sources = Files.walk(Path.of("src/main/java"))) {
      for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        var matcher = thrown.matcher(Files.readString(source));
        while (matcher.find()) {
          found++;
          if (!keys.contains(matcher.group(1))) {
            missing.add(source.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertTrue(found > 0, "the scan finds the rule violations");
    assertEquals(new TreeSet<String>(), missing);
  }

  @Test
  void everyRoleAndWorkerTypeHasALabel() throws IOException {
    var keys = load("messages_da").stringPropertyNames();
    for (var role : Role.values()) {
      assertTrue(keys.contains(role.labelKey()), role.labelKey());
    }
    for (var type : WorkerType.values()) {
      assertTrue(keys.contains(type.labelKey()), type.labelKey());
    }
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
