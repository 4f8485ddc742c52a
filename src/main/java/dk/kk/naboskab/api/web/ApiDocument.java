package dk.kk.naboskab.api.web;

import dk.kk.naboskab.shared.Setting;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document with what only configuration knows: the address of the realm's
 * token endpoint, where a client gets its token with its id and secret.
 */
public class ApiDocument implements OASFilter {
  @Override
  public SecurityScheme filterSecurityScheme(SecurityScheme scheme) {
    var flows = scheme.getFlows();
    if (flows != null && flows.getClientCredentials() != null) {
      flows
          .getClientCredentials()
          .setTokenUrl(Setting.OIDC_PROVIDER_URI.value() + "/protocol/openid-connect/token");
    }
    return scheme;
  }
}
