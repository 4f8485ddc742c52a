package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.Setting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The portal's authentication mechanism. Jakarta Security's OpenID Connect mechanism (declared on
 * {@link OpenIdSignIn}) signs a person in through Keycloak; this one, which wraps it, decides on
 * every later request who the caller is and with which roles — from one place, the {@link SignedIn}
 * in the HTTP session — and keeps that session tied to Keycloak:
 *
 * <ul>
 *   <li>Every request tells the container the caller <em>and</em> their groups. Payara's own
 *       session auto-apply re-registers only the caller and takes the groups from a thread-local
 *       that is sometimes empty under load (Payara issue 6145): signed-in users then got the "Ingen
 *       adgang" page at random. The container's own session registration is therefore switched off.
 *   <li>When the access token runs out, the portal asks Keycloak for new tokens with the refresh
 *       token. A person disabled in Keycloak, or whose Keycloak session ended, is refused: the
 *       portal's session ends and they must sign in again. Roles changed in Keycloak take effect at
 *       the refresh.
 *   <li>However active the person is, the session ends {@link Setting#SESSION_MAX_HOURS} after
 *       signing in (the idle limit is the session timeout in {@code web.xml}).
 * </ul>
 *
 * <p>An enabled alternative with a priority, so the container's lookup of the application's
 * mechanism finds this one; the OpenID mechanism is the other bean of the type.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class KeycloakSession implements HttpAuthenticationMechanism {
  static final String SIGNED_IN = KeycloakSession.class.getName() + ".signedIn";
  private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
  private static final Logger LOG = Logger.getLogger(KeycloakSession.class.getName());

  @Inject BeanManager beans;
  @Inject OpenIdContext openIdContext;
  @Inject TokenRefresh tokenRefresh;
  @Inject KeycloakReachable keycloakReachable;
  @Inject Clock clock;

  private volatile HttpAuthenticationMechanism openId;
  private volatile HttpAuthenticationMechanism bearer;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    // The first of the portal's code a request meets: from here its log lines name it (#19).
    dk.kk.naboskab.shared.web.RequestIds.enter(request, response);
    if (ApiRequests.isApi(request)) {
      return ApiRequests.authenticate(bearer(), request, response, context);
    }
    var session = request.getSession(false);
    var signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
    if (signedIn == null) {
      return signIn(request, response, context);
    }
    var now = clock.instant();
    if (signedIn.isPastLimit(now, sessionLimit())) {
      LOG.info(() -> signedIn.caller() + "'s session reached its limit: they sign in again");
      return signInAgain(request, response, context);
    }
    if (signedIn.needsRefresh(now)) {
      var refreshed = tokenRefresh.refresh(signedIn);
      if (refreshed.isEmpty()) {
        failed("refresh-refused");
        return signInAgain(request, response, context);
      }
      var tokens = refreshed.get();
      var renewed = signedIn.refreshedWith(tokens.accessToken(), tokens.refreshToken());
      session.setAttribute(SIGNED_IN, renewed);
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(renewed.caller()), renewed.groups());
    }
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(signedIn.caller()), signedIn.groups());
  }

  /**
   * Counts a sign-in that failed, by why (#19): Keycloak away, an answer from it that did not hold
   * (forged, replayed, bookmarked), or a session whose tokens Keycloak would not renew.
   */
  private void failed(String reason) {
    dk.kk.naboskab.shared.Watch.registry()
        .ifPresent(
            metrics ->
                metrics
                    .counter(
                        org.eclipse.microprofile.metrics.Metadata.builder()
                            .withName("naboskab.sign.in.failures")
                            .withDescription(
                                "Sign-ins that failed: keycloak-unavailable, answer-refused (a"
                                    + " callback that did not hold), refresh-refused (tokens not"
                                    + " renewed)")
                            .build(),
                        new org.eclipse.microprofile.metrics.Tag("reason", reason))
                    .inc());
  }

  /** No one in the session: the OpenID mechanism signs them in (or lets an open page through). */
  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (context.isProtected()
        && request.getParameter("state") == null
        && !keycloakReachable.isUp()) {
      // Sending the browser to a Keycloak that does not answer would end on the browser's own
      // error: the portal says in Danish that signing in is unavailable for now (#19).
      LOG.warning(() -> "Keycloak does not answer: no new sign-in at " + request.getRequestURI());
      failed("keycloak-unavailable");
      return context.redirect(request.getContextPath() + "/error/sign-in-unavailable.xhtml");
    }
    AuthenticationStatus status;
    try {
      status = openId().validateRequest(request, response, context);
    } catch (RuntimeException e) {
      // Soteria fails on some forged answers (a state it never issued) with an exception.
      if (request.getParameter("state") == null || response.isCommitted()) {
        throw e;
      }
      status = AuthenticationStatus.SEND_FAILURE;
    }
    if (status == AuthenticationStatus.SEND_FAILURE && !response.isCommitted()) {
      // A sign-in answer that does not hold (a forged, replayed or bookmarked callback): a page
      // that says so and offers to sign in again, not an empty error.
      LOG.info(() -> "A sign-in answer did not hold at " + request.getRequestURI());
      failed("answer-refused");
      return context.redirect(request.getContextPath() + "/error/sign-in.xhtml");
    }
    if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
      // The caller and groups are held here, not registered with the container's session.
      context.getMessageInfo().getMap().remove(REGISTER_SESSION);
      request.changeSessionId();
      var idToken = openIdContext.getIdentityToken().getToken();
      var metadata = openIdContext.getProviderMetadata();
      request
          .getSession()
          .setAttribute(
              SIGNED_IN,
              new SignedIn(
                  context.getCallerPrincipal().getName(),
                  context.getGroups(),
                  clock.instant(),
                  SignedIn.expiryOf(openIdContext.getAccessToken().getToken()),
                  openIdContext.getRefreshToken().map(RefreshToken::getToken).orElse(""),
                  metadata.getString("token_endpoint"),
                  SignedIn.profileOf(idToken),
                  idToken,
                  metadata.getString("end_session_endpoint", "")));
      // Soteria's OpenID context (its tokens) is not serialisable and no other node would have
      // it: everything the portal needs is in the SignedIn now, so the session keeps nothing else.
      forgetOpenIdContext();
    }
    return status;
  }

  /**
   * Ends the portal's session and starts a new sign-in. An Ajax request cannot follow a redirect to
   * Keycloak, so it is told to load the front door, which then does.
   */
  private AuthenticationStatus signInAgain(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath()
                    + "/\"></redirect></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        throw new AuthenticationException(e);
      }
    }
    return openId().validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (ApiRequests.isApi(request)) {
      return AuthenticationStatus.SUCCESS;
    }
    return openId().secureResponse(request, response, context);
  }

  /**
   * Signing out: the portal's session forgets the person, and the browser is sent to Keycloak's
   * end-session endpoint with the ID token as the hint, so the Keycloak session ends too and
   * Keycloak sends the browser back to the signed-out page. Done here rather than by Soteria, whose
   * sign-out needs its OpenID context — which the session does not keep (ADR 28) and which the node
   * that signed the person in alone would have had.
   */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ApiRequests.isApi(request)) {
      return;
    }
    var session = request.getSession(false);
    var signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    if (signedIn == null || signedIn.endSessionEndpoint().isEmpty() || response.isCommitted()) {
      return;
    }
    var base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (isDefaultPort(request) ? "" : ":" + request.getServerPort())
            + request.getContextPath();
    try {
      response.sendRedirect(
          signedIn.endSessionEndpoint()
              + "?client_id="
              + encode(Setting.OIDC_CLIENT_ID.value())
              + "&id_token_hint="
              + encode(signedIn.idToken())
              + "&post_logout_redirect_uri="
              + encode(base + "/signed-out.xhtml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isDefaultPort(HttpServletRequest request) {
    return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
        || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Ends this session's instance of Soteria's session-scoped OpenID context. */
  private void forgetOpenIdContext() {
    var context = beans.getContext(jakarta.enterprise.context.SessionScoped.class);
    if (context instanceof jakarta.enterprise.context.spi.AlterableContext alterable) {
      for (var bean : beans.getBeans(OpenIdContext.class, Any.Literal.INSTANCE)) {
        if (bean.getScope() == jakarta.enterprise.context.SessionScoped.class) {
          alterable.destroy(bean);
        }
      }
    }
  }

  private static Duration sessionLimit() {
    return Duration.ofHours(Long.parseLong(Setting.SESSION_MAX_HOURS.value()));
  }

  /** The OpenID Connect mechanism the definition on {@link OpenIdSignIn} made. */
  private HttpAuthenticationMechanism openId() {
    var found = openId;
    if (found == null) {
      found = mechanism(false, "no OpenID Connect mechanism");
      openId = found;
    }
    return found;
  }

  /**
   * MicroProfile JWT's bearer-token mechanism, which Payara adds for the API's {@code @LoginConfig}
   * (ADR 27): it checks the token's signature against the realm's keys, its issuer, audience and
   * expiry.
   */
  private HttpAuthenticationMechanism bearer() {
    var found = bearer;
    if (found == null) {
      found = mechanism(true, "no MicroProfile JWT mechanism: the API's @LoginConfig is missing");
      bearer = found;
    }
    return found;
  }

  /**
   * One of the other mechanisms, asked of the bean manager, which lists every bean of the type (an
   * injected Instance would resolve to this alternative alone). Payara's JWT mechanism is a
   * synthetic bean whose types name its class.
   */
  private HttpAuthenticationMechanism mechanism(boolean jwt, String missing) {
    var bean =
        beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
            .filter(b -> !KeycloakSession.class.equals(b.getBeanClass()))
            .filter(b -> isJwt(b) == jwt)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(missing));
    return (HttpAuthenticationMechanism)
        beans.getReference(
            bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
  }

  private static boolean isJwt(jakarta.enterprise.inject.spi.Bean<?> bean) {
    return bean.getTypes().stream()
        .anyMatch(t -> t.getTypeName().endsWith(".JWTAuthenticationMechanism"));
  }
}
