package dk.kk.naboskab.shared;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * EclipseLink logs in to the database while Payara is still deploying, before any of the portal's
 * own start-up code runs. Without this guard a missing setting shows only as a connection error
 * deep in a stack trace; with it, start-up stops with the line that names the setting.
 */
public class ConfigurationGuard extends SessionEventAdapter {

  @Override
  public void preLogin(SessionEvent event) {
    StartupCheck.requireValidConfiguration();
  }
}
