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
