package dk.kk.naboskab.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with missing or malformed configuration, naming the setting, instead of failing
 * later with a stack trace far from the cause.
 */
@Startup
@Singleton
public class StartupCheck {
  private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

  @PostConstruct
  void check() {
    requireValidConfiguration();
  }

  /**
   * Logs one line per wrong setting and refuses to go on. Called here and, because EclipseLink
   * connects while the application is still deploying, before its first login too ({@link
   * ConfigurationGuard}).
   */
  static void requireValidConfiguration() {
    var config = ConfigProvider.getConfig();
    var problems =
        Setting.problems(s -> config.getOptionalValue(s.key(), String.class).orElse(null));
    if (!problems.isEmpty()) {
      problems.forEach(p -> LOG.severe("Configuration: " + p));
      throw new IllegalStateException("Naboskab cannot start: " + String.join("; ", problems));
    }
  }
}
