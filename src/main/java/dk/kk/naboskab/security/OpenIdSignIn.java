package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.Setting;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Every page sign-in goes through Keycloak with the authorization-code flow. The provider, client
 * and secret come from configuration through this bean's getters (the annotation's EL), so nothing
 * about the identity provider is fixed in the WAR.
 *
 * <p>After Keycloak, the browser comes back to {@code /callback} ({@link CallbackServlet}), which
 * sends the user on to their start page.
 *
 * <p>Roles come from the flat {@code groups} claim that the realm's role mapper fills; Payara does
 * not read {@code realm_access.roles}. Signing out also ends the Keycloak session ({@code
 * notifyProvider}).
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${openIdSignIn.providerUri}",
    clientId = "${openIdSignIn.clientId}",
    clientSecret = "${openIdSignIn.clientSecret}",
    redirectURI = "${baseURL}/callback",
    // Soteria's restored original request carries no parameters, which breaks Faces (NPE in
    // PrimeFaces' ajax check); the callback sends the user to their start page instead.
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
@DeclareRoles({
  Role.Names.HOUSING_STAFF,
  Role.Names.SUPPORT_WORKER,
  Role.Names.COORDINATOR,
  Role.Names.ANALYST,
  Role.Names.ADMIN,
  Role.Names.CASE_WORKER,
  Role.Names.SHELTER_STAFF
})
@Named
@ApplicationScoped
public class OpenIdSignIn {

  public String getProviderUri() {
    return Setting.OIDC_PROVIDER_URI.value();
  }

  /**
   * Keycloak's origin (scheme, host and port), for the pages' {@code form-action}: signing out
   * posts to the portal, which sends the browser on to Keycloak.
   */
  public String getProviderOrigin() {
    var uri = java.net.URI.create(Setting.OIDC_PROVIDER_URI.value());
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  public String getClientId() {
    return Setting.OIDC_CLIENT_ID.value();
  }

  public String getClientSecret() {
    return Setting.OIDC_CLIENT_SECRET.value();
  }
}
