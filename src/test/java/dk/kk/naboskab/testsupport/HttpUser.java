package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A person's session without a browser: signs in through Keycloak's real login form over HTTP (the
 * authorization-code flow, cookies kept) and then asks the portal for addresses one by one, without
 * following redirects, so a test can read each answer's status. Cheap enough to sign in every role
 * and probe every address.
 */
public final class HttpUser {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final URI portal;
  private final HttpClient following;
  private final HttpClient asking;

  private HttpUser(URI portal) {
    this.portal = portal;
    var cookies = new LoopbackCookies();
    following =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    asking =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Nobody signed in. */
  public static HttpUser anonymous(URI portal) {
    return new HttpUser(portal);
  }

  /**
   * Signs in as this demo user (password {@code demo}) and returns once the portal has sent them to
   * their start page.
   */
  public static HttpUser signIn(URI portal, String username)
      throws IOException, InterruptedException {
    RealServers.awaitKeycloak();
    var user = new HttpUser(portal);
    var login = user.following.send(get(portal.resolve("/")), HttpResponse.BodyHandlers.ofString());
    var form = LOGIN_FORM.matcher(login.body());
    if (!form.find()) {
      throw new IllegalStateException("no Keycloak login form at " + login.uri());
    }
    var action = URI.create(form.group(1).replace("&amp;", "&"));
    var body =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=demo&credentialId=";
    var landed =
        user.following.send(
            HttpRequest.newBuilder(action)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!landed.uri().getPath().startsWith("/start/")) {
      throw new IllegalStateException(username + " was not signed in: ended at " + landed.uri());
    }
    return user;
  }

  /** The portal's answer as bytes (a download), not followed. */
  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return asking.send(get(portal.resolve(path)), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The portal's answer to a GET of this address (relative to the portal), not followed. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return asking.send(get(portal.resolve(path)), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A browser's cookie jar for loopback: Keycloak marks its cookies {@code Secure}, which browsers
   * honour on {@code http://127.0.0.1} (a trustworthy origin) and Java's cookie manager does not.
   */
  private static final class LoopbackCookies extends CookieManager {
    LoopbackCookies() {
      super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public void put(URI uri, java.util.Map<String, java.util.List<String>> headers)
        throws IOException {
      var kept = new java.util.HashMap<String, java.util.List<String>>();
      headers.forEach(
          (name, values) ->
              kept.put(
                  name,
                  name != null && name.equalsIgnoreCase("Set-Cookie")
                      ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure", "")).toList()
                      : values));
      super.put(uri, kept);
    }
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
  }
}
