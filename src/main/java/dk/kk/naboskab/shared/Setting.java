package dk.kk.naboskab.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting the portal reads at run time, with its MicroProfile Config name, the environment
 * variable that sets it and the rule it must satisfy. The portal checks them at start-up, and so
 * does the demo launcher before it starts anything, so a wrong value stops start-up with one line
 * that names the setting.
 */
public enum Setting {
  DB_URL("naboskab.db.url", Rule.JDBC_MARIADB, null),
  DB_USER("naboskab.db.user", Rule.NOT_BLANK, null),
  DB_PASSWORD("naboskab.db.password", Rule.NOT_BLANK, null),
  DB_SCHEMA_USER("naboskab.db.schema-user", Rule.NOT_BLANK, null),
  DB_SCHEMA_PASSWORD("naboskab.db.schema-password", Rule.NOT_BLANK, null),
  OIDC_PROVIDER_URI("naboskab.oidc.provider-uri", Rule.HTTP_URL, null),
  OIDC_CLIENT_ID("naboskab.oidc.client-id", Rule.NOT_BLANK, "naboskab-portal"),
  OIDC_CLIENT_SECRET("naboskab.oidc.client-secret", Rule.NOT_BLANK, null),
  CPR_KEY("naboskab.cpr.key", Rule.KEY_256_BASE64, null),
  CPR_KEY_VERSION("naboskab.cpr.key-version", Rule.KEY_VERSION, "1"),
  CPR_PREVIOUS_KEYS("naboskab.cpr.previous-keys", Rule.VERSIONED_KEYS, ""),
  PORTAL_URL("naboskab.portal.url", Rule.HTTP_URL, null),
  MAIL_HOST("naboskab.mail.host", Rule.HOST, null),
  MAIL_PORT("naboskab.mail.port", Rule.PORT, "587"),
  MAIL_SECURITY("naboskab.mail.security", Rule.MAIL_SECURITY, "STARTTLS"),
  MAIL_FROM("naboskab.mail.from", Rule.EMAIL, null),
  MAIL_USER("naboskab.mail.user", Rule.ANY, ""),
  MAIL_PASSWORD("naboskab.mail.password", Rule.ANY, ""),
  MAIL_RETRY_SECONDS("naboskab.mail.retry-seconds", Rule.POSITIVE_SECONDS, "60"),
  SESSION_MAX_HOURS("naboskab.session.max-hours", Rule.HOURS, "10"),
  ACCESSIBILITY_CONTACT("naboskab.accessibility.contact", Rule.EMAIL_OR_NONE, ""),
  DISCLOSURE_READER_NAMES("naboskab.disclosure.reader-names", Rule.BOOLEAN, "false"),
  RETENTION_CONCERN_YEARS("naboskab.retention.concern-years", Rule.YEARS, "5"),
  RETENTION_ATTACHMENT_MONTHS("naboskab.retention.attachment-months", Rule.MONTHS, "12"),
  RETENTION_TENANT_YEARS("naboskab.retention.tenant-years", Rule.YEARS, "5"),
  RETENTION_LOG_YEARS("naboskab.retention.log-years", Rule.YEARS, "5"),
  /** The pathway's clarification target: calendar days from intake to a recommendation. */
  PATHWAY_CLARIFICATION_DAYS("naboskab.pathway.clarification-days", Rule.DAYS, "90"),
  /** How long shelter staff still see a resident after the stay ended. */
  PATHWAY_STAFF_SEE_DAYS("naboskab.pathway.staff-see-days", Rule.DAYS, "30"),
  /**
   * Whether a recommendation needs a second case worker's approval before the citizen waits for a
   * flat (the hand-over into the register); false: it counts when it is recorded.
   */
  PATHWAY_SECOND_APPROVAL("naboskab.pathway.second-approval", Rule.BOOLEAN, "false"),
  /** The API's calls per minute for one client, on average (a token bucket refilled so). */
  API_RATE_PER_MINUTE("naboskab.api.rate-per-minute", Rule.RATE, "60"),
  /** How many calls one API client may make at once above its average (the bucket's size). */
  API_BURST("naboskab.api.burst", Rule.RATE, "20"),
  /** The first wait before a webhook is tried again; each later wait doubles, up to two hours. */
  WEBHOOK_RETRY_SECONDS("naboskab.webhook.retry-seconds", Rule.POSITIVE_SECONDS, "60");

  private final String key;
  private final Rule rule;
  private final String defaultValue;

  Setting(String key, Rule rule, String defaultValue) {
    this.key = key;
    this.rule = rule;
    this.defaultValue = defaultValue;
  }

  /** The MicroProfile Config property name, e.g. {@code naboskab.db.url}. */
  public String key() {
    return key;
  }

  /** The environment variable MicroProfile Config maps to the key, e.g. {@code NABOSKAB_DB_URL}. */
  public String env() {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
  }

  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * The value from MicroProfile Config, or the default; {@link StartupCheck} made sure there is
   * one.
   */
  public String value() {
    return ConfigProvider.getConfig()
        .getOptionalValue(key, String.class)
        .or(this::defaultValue)
        .orElseThrow(() -> new IllegalStateException(env() + " (" + key + ") is not set"));
  }

  /**
   * Checks every setting against its rule.
   *
   * @param lookup the raw value for a setting, or null when it is not set
   * @return one line per problem, naming the environment variable; empty when all is well
   */
  public static List<String> problems(Function<Setting, String> lookup) {
    var problems = new ArrayList<String>();
    for (var setting : values()) {
      var value = Optional.ofNullable(lookup.apply(setting)).or(setting::defaultValue);
      if (value.isEmpty()) {
        problems.add(
            setting.env() + " (" + setting.key + ") is not set: " + setting.rule.description);
      } else if (!setting.rule.accepts(value.get())) {
        problems.add(
            setting.env() + " (" + setting.key + ") is malformed: " + setting.rule.description);
      }
    }
    return problems;
  }

  enum Rule {
    ANY("any value, or none") {
      @Override
      boolean accepts(String value) {
        return true;
      }
    },
    HOST("a host name or address, e.g. smtp.example.dk") {
      @Override
      boolean accepts(String value) {
        return value.matches("[A-Za-z0-9.:\\[\\]-]+");
      }
    },
    PORT("a port number from 1 to 65535") {
      @Override
      boolean accepts(String value) {
        return value.matches("[0-9]{1,5}")
            && Integer.parseInt(value) >= 1
            && Integer.parseInt(value) <= 65535;
      }
    },
    MAIL_SECURITY("STARTTLS, SSL or NONE (NONE only for a relay on the same host or network)") {
      @Override
      boolean accepts(String value) {
        return value.equals("STARTTLS") || value.equals("SSL") || value.equals("NONE");
      }
    },
    EMAIL("an e-mail address, e.g. naboskab@kk.dk") {
      @Override
      boolean accepts(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
      }
    },
    EMAIL_OR_NONE("an e-mail address, e.g. webtilgaengelighed@kk.dk, or none") {
      @Override
      boolean accepts(String value) {
        return value.isEmpty() || EMAIL.accepts(value);
      }
    },
    POSITIVE_SECONDS("a whole number of seconds from 1 to 3600") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 3600);
      }
    },
    HOURS("a whole number of hours from 1 to 24") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 24);
      }
    },
    KEY_VERSION("a whole number from 1 to 999") {
      @Override
      boolean accepts(String value) {
        return value.matches("[1-9][0-9]{0,2}");
      }
    },
    VERSIONED_KEYS(
        "none, or earlier keys as version:base64 separated by spaces, e.g. 1:AbC...= (32 bytes"
            + " each)") {
      @Override
      boolean accepts(String value) {
        for (var entry : value.trim().split("[\\s,]+")) {
          if (entry.isEmpty()) {
            continue;
          }
          var colon = entry.indexOf(':');
          if (colon < 1
              || !KEY_VERSION.accepts(entry.substring(0, colon))
              || !KEY_256_BASE64.accepts(entry.substring(colon + 1))) {
            return false;
          }
        }
        return true;
      }
    },
    RATE("a whole number from 1 to 100000") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 100_000);
      }
    },
    DAYS("a whole number of days from 1 to 3650") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 3650);
      }
    },
    YEARS("a whole number of years from 1 to 50") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 50);
      }
    },
    MONTHS("a whole number of months from 1 to 600") {
      @Override
      boolean accepts(String value) {
        return wholeNumber(value, 1, 600);
      }
    },
    BOOLEAN("true or false") {
      @Override
      boolean accepts(String value) {
        return value.equals("true") || value.equals("false");
      }
    },
    NOT_BLANK("a non-empty value") {
      @Override
      boolean accepts(String value) {
        return !value.isBlank();
      }
    },
    JDBC_MARIADB("a JDBC URL of the form jdbc:mariadb://host:port/database") {
      @Override
      boolean accepts(String value) {
        return value.matches("jdbc:mariadb://[^/\\s]+/[A-Za-z0-9_]+(\\?\\S*)?");
      }
    },
    KEY_256_BASE64("32 random bytes in base64, e.g. from: openssl rand -base64 32") {
      @Override
      boolean accepts(String value) {
        try {
          return java.util.Base64.getDecoder().decode(value.trim()).length == 32;
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
    },
    HTTP_URL("an http(s) URL, e.g. https://login.example.dk/realms/naboskab") {
      @Override
      boolean accepts(String value) {
        try {
          var uri = URI.create(value);
          return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
              && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
    };

    private final String description;

    Rule(String description) {
      this.description = description;
    }

    abstract boolean accepts(String value);

    /** Whether the value is a whole number from {@code min} to {@code max}, digits only. */
    static boolean wholeNumber(String value, int min, int max) {
      if (!value.matches("[0-9]{1,9}")) {
        return false;
      }
      var number = Integer.parseInt(value);
      return number >= min && number <= max;
    }
  }
}
