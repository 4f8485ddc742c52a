package dk.kk.naboskab.security;

import jakarta.json.Json;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, held in the HTTP session by {@link KeycloakSession}: the caller and their roles
 * as Keycloak last said, when they signed in, and what it takes to ask Keycloak again.
 *
 * @param caller the username
 * @param groups the portal roles from the access token's flat {@code groups} claim
 * @param signedInAt when the person signed in at Keycloak (the absolute session limit counts from
 *     here)
 * @param accessTokenExpires when the access token Keycloak gave last expires
 * @param refreshToken the refresh token that goes with it
 * @param tokenEndpoint where to refresh
 * @param claims the ID token's claims the portal reads ({@link #PROFILE_CLAIMS}), so that any node
 *     of a cluster knows the person from the session alone (ADR 28)
 * @param idToken the ID token itself, the hint Keycloak asks for when the person signs out
 * @param endSessionEndpoint where signing out ends the Keycloak session
 */
public record SignedIn(
    String caller,
    Set<String> groups,
    Instant signedInAt,
    Instant accessTokenExpires,
    String refreshToken,
    String tokenEndpoint,
    Map<String, String> claims,
    String idToken,
    String endSessionEndpoint)
    implements Serializable {

  /** The claims of the ID token the portal reads ({@link CurrentUser}). */
  static final List<String> PROFILE_CLAIMS =
      List.of(
          "name",
          "email",
          CurrentUser.ASSOCIATION_CLAIM,
          CurrentUser.UNIT_CLAIM,
          CurrentUser.WORKER_TYPE_CLAIM,
          CurrentUser.ORGANISATION_CLAIM,
          CurrentUser.SHELTER_CLAIM);

  /** Refresh this long before the access token runs out, so no request works on an old one. */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(5);

  public SignedIn {
    groups = Set.copyOf(groups);
    claims = Map.copyOf(claims);
  }

  /** The profile claims of an ID token Keycloak handed over its back channel, as text. */
  static Map<String, String> profileOf(String idToken) {
    var all = claims(idToken);
    var profile = new java.util.HashMap<String, String>();
    for (var name : PROFILE_CLAIMS) {
      if (all.get(name) instanceof jakarta.json.JsonString text && !text.getString().isBlank()) {
        profile.put(name, text.getString());
      }
    }
    return profile;
  }

  /** Whether the session has lasted longer than it may, however busy the person was. */
  public boolean isPastLimit(Instant now, Duration limit) {
    return !now.isBefore(signedInAt.plus(limit));
  }

  /** Whether Keycloak must be asked again before this request is served. */
  public boolean needsRefresh(Instant now) {
    return !now.isBefore(accessTokenExpires.minus(REFRESH_MARGIN));
  }

  /** The same person after a refresh: the roles and expiry of the new access token. */
  public SignedIn refreshedWith(String accessToken, String newRefreshToken) {
    var claims = claims(accessToken);
    return new SignedIn(
        caller,
        groupsOf(claims),
        signedInAt,
        Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()),
        newRefreshToken == null ? refreshToken : newRefreshToken,
        tokenEndpoint,
        this.claims,
        idToken,
        endSessionEndpoint);
  }

  /** When an access token (a JWT) expires. */
  static Instant expiryOf(String accessToken) {
    return Instant.ofEpochSecond(claims(accessToken).getJsonNumber("exp").longValue());
  }

  /**
   * The claims of a token Keycloak handed the portal directly over its back channel (the token
   * endpoint), so its signature need not be checked again here.
   */
  static jakarta.json.JsonObject claims(String jwt) {
    var parts = jwt.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not a JWT");
    }
    var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }

  static Set<String> groupsOf(jakarta.json.JsonObject claims) {
    var groups = claims.getJsonArray("groups");
    return groups == null
        ? Set.of()
        : groups.getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .collect(Collectors.toUnmodifiableSet());
  }
}
