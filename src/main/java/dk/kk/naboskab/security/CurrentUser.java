package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Published;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person as Keycloak describes them: name, role, and the organisation that decides
 * what they may see — a housing staff member's association, a worker's unit and worker type.
 */
@Published("every context: who is signed in, from the token's claims")
@Named
@RequestScoped
public class CurrentUser {
  static final String ASSOCIATION_CLAIM = "association";
  static final String UNIT_CLAIM = "unit";
  static final String WORKER_TYPE_CLAIM = "worker_type";
  static final String ORGANISATION_CLAIM = "organisation";
  static final String SHELTER_CLAIM = "shelter";

  @Inject SecurityContext securityContext;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  /**
   * The caller's roles, asked of the container once per request and caller: each ask walks the
   * container's policy, and a page asks dozens of times.
   */
  private java.util.Set<Role> roles;

  /** Whose roles they are (the name: the container hands out a new principal object per ask). */
  private String rolesOf;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getUsername() {
    return securityContext.getCallerPrincipal().getName();
  }

  /** The person's full name, falling back to the username. */
  public String getDisplayName() {
    return claim("name")
        .or(
            // An association's or the warehouse's system (the API): its organisation's name.
            () ->
                getApiClient()
                    .flatMap(client -> claim(ORGANISATION_CLAIM))
                    .map(
                        organisation ->
                            dk.kk.naboskab.shared.Messages.text(
                                java.util.Locale.forLanguageTag("da"),
                                "api.systemName",
                                organisation)))
        .orElseGet(this::getUsername);
  }

  /** The e-mail address Keycloak holds for the person, when it holds one. */
  public Optional<String> getEmail() {
    return claim("email");
  }

  /**
   * The user's role. A person has one role in the portal; were Keycloak to give several, the first
   * in {@link Role}'s order wins, so the broader municipal role decides the start page.
   */
  public Optional<Role> getRole() {
    // An EnumSet iterates in Role's order.
    return roles().stream().findFirst();
  }

  public boolean hasRole(Role role) {
    return roles().contains(role);
  }

  private java.util.Set<Role> roles() {
    var caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return java.util.Set.of();
    }
    if (roles == null || !caller.getName().equals(rolesOf)) {
      var held = java.util.EnumSet.noneOf(Role.class);
      Arrays.stream(Role.values())
          .filter(r -> securityContext.isCallerInRole(r.roleName()))
          .forEach(held::add);
      roles = held;
      rolesOf = caller.getName();
    }
    return roles;
  }

  /**
   * Lets the caller through only with one of the roles.
   *
   * @throws AccessDenied otherwise
   */
  public void require(Role... roles) {
    for (var role : roles) {
      if (hasRole(role)) {
        return;
      }
    }
    throw new AccessDenied(
        (isSignedIn() ? getUsername() : "an anonymous caller") + " lacks the role for this");
  }

  /** The housing association a housing staff member works for (its code). */
  public Optional<String> getAssociation() {
    return claim(ASSOCIATION_CLAIM);
  }

  /**
   * The name of the person's organisation as Keycloak spells it (an association's or a unit's
   * name), for display only; access is decided on the codes.
   */
  public Optional<String> getOrganisation() {
    return claim(ORGANISATION_CLAIM).or(this::getAssociation).or(this::getUnit);
  }

  /** The adult unit a municipal worker or coordinator belongs to (its code). */
  public Optional<String> getUnit() {
    return claim(UNIT_CLAIM);
  }

  /** The shelter a shelter staff member works at, by its code. */
  public Optional<String> getShelter() {
    return claim(SHELTER_CLAIM);
  }

  /**
   * The kind of support worker Keycloak says the person is, as the claim spells it; {@code
   * tenancy}, which owns the kinds, reads it ({@code WorkerType.fromClaim}).
   */
  public Optional<String> getWorkerTypeClaim() {
    return claim(WORKER_TYPE_CLAIM);
  }

  /**
   * Who the caller is, as far as any access rule cares: username, role, association, unit and
   * shelter. What is resolved from it may be kept for the rest of the request under this key (a
   * test acting as several people in one request gets a new key for each).
   */
  public String identity() {
    if (!isSignedIn()) {
      return "";
    }
    return String.join(
        "|",
        getUsername(),
        getRole().map(Role::roleName).orElse(""),
        getAssociation().orElse(""),
        getUnit().orElse(""),
        getShelter().orElse(""));
  }

  /** The start page for the user's role, or none when Keycloak gave the user no portal role. */
  public Optional<String> getStartPage() {
    return getRole().map(Role::startPage);
  }

  /**
   * The client a machine caller's token was issued to ({@code azp}, e.g. {@code amagerhus-system}),
   * or none for a person signed in to the pages.
   */
  public Optional<String> getApiClient() {
    return securityContext.getCallerPrincipal() instanceof JsonWebToken token
        ? text(token, "azp")
        : Optional.empty();
  }

  /** A claim of a bearer token as text: a string, or a JSON string (custom claims are JSON). */
  private static Optional<String> text(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    var text =
        value instanceof jakarta.json.JsonString json
            ? json.getString()
            : value instanceof String string ? string : null;
    return Optional.ofNullable(text).filter(v -> !v.isBlank());
  }

  private Optional<String> claim(String name) {
    var caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return Optional.empty();
    }
    if (caller instanceof JsonWebToken token) {
      // A machine caller of the API (ADR 27): the same claims, from its bearer token.
      return text(token, name);
    }
    // A person signed in to the pages: the ID token's claims as the session keeps them (ADR 28).
    var signedIn = signedIn();
    return signedIn == null ? Optional.empty() : Optional.ofNullable(signedIn.claims().get(name));
  }

  private SignedIn signedIn() {
    try {
      var session = request.getSession(false);
      return session == null ? null : (SignedIn) session.getAttribute(KeycloakSession.SIGNED_IN);
    } catch (RuntimeException noHttpRequestHere) {
      return null;
    }
  }
}
