package dk.kk.naboskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedInTest {
  private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");

  private static String jwt(String payload) {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  private static SignedIn karin() {
    return new SignedIn(
        "karin",
        Set.of("coordinator"),
        NINE,
        NINE.plusSeconds(300),
        "r1",
        "http://kc/token",
        java.util.Map.of("unit", "AMAGER"),
        "id.token.here",
        "http://kc/logout");
  }

  @Test
  void theSessionEndsAtItsLimitHoweverActiveThePersonIs() {
    var limit = Duration.ofHours(10);
    assertFalse(karin().isPastLimit(NINE.plus(limit).minusSeconds(1), limit));
    assertTrue(karin().isPastLimit(NINE.plus(limit), limit));
  }

  @Test
  void keycloakIsAskedAgainJustBeforeTheAccessTokenRunsOut() {
    assertFalse(karin().needsRefresh(NINE.plusSeconds(294)));
    assertTrue(karin().needsRefresh(NINE.plusSeconds(295)));
  }

  @Test
  void aRefreshBringsTheRolesAndExpiryOfTheNewTokenAndKeepsTheSignInTime() {
    var renewed =
        karin()
            .refreshedWith(
                jwt("{\"exp\":" + NINE.plusSeconds(900).getEpochSecond() + ",\"groups\":[]}"),
                "r2");

    assertEquals(Set.of(), renewed.groups(), "a role taken away in Keycloak is gone");
    assertEquals(NINE.plusSeconds(900), renewed.accessTokenExpires());
    assertEquals("r2", renewed.refreshToken());
    assertEquals(NINE, renewed.signedInAt());
  }
}
