package dk.kk.naboskab.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root. {@code @LoginConfig} makes Payara add MicroProfile JWT's bearer-token mechanism,
 * which {@code security.KeycloakSession} hands every request under {@code /api/} to (ADR 27).
 */
@ApplicationPath("api/v1")
// A bean, so that Payara's MicroProfile JWT extension sees @LoginConfig (it looks at beans only).
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Naboskab API",
            version = "1",
            description =
                "Boligselskabernes egne systemer melder og følger bekymringer om boliganviste"
                    + " beboere; kommunens datavarehus henter tallene. Samme regler for adgang som"
                    + " portalens sider. Fejl gives som problem-dokumenter (RFC 9457).",
            contact = @Contact(name = "Naboskab, Københavns Kommune")),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.OAUTH2,
    description =
        "Client credentials fra Keycloak: én fortrolig klient pr. boligselskab (rollen"
            + " housing-staff og boligselskabets kode) og én for kommunens datavarehus (analyst).",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "/realms/naboskab/protocol/openid-connect/token",
                    scopes =
                        @OAuthScope(
                            name = "profile",
                            description = "Servicekontoens navn i adgangsbilletten (standard)"))))
public class ApiApplication extends Application {}
