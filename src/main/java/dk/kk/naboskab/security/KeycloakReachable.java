package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.health.KeycloakHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Keycloak answers, asked before a new sign-in is sent there (#19): the readiness probe's
 * own check (two seconds at most), its answer kept ten seconds when up and two when down, so a busy
 * front door does not ask Keycloak for every visitor.
 */
@ApplicationScoped
public class KeycloakReachable {
  private static final long UP_NANOS = 10_000_000_000L;
  private static final long DOWN_NANOS = 2_000_000_000L;

  @Inject @org.eclipse.microprofile.health.Readiness KeycloakHealthCheck keycloak;

  private volatile boolean up = true;
  private volatile long askedAt = Long.MIN_VALUE;

  public boolean isUp() {
    var now = System.nanoTime();
    var keep = up ? UP_NANOS : DOWN_NANOS;
    if (askedAt == Long.MIN_VALUE || now - askedAt > keep) {
      up = keycloak.call().getStatus() == HealthCheckResponse.Status.UP;
      askedAt = now;
    }
    return up;
  }
}
