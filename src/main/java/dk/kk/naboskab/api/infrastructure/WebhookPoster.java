package dk.kk.naboskab.api.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one event to a webhook's address, signed as Stripe and GitHub sign theirs: {@code
 * Naboskab-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the webhook's
 * secret>}. The receiver recomputes it and refuses a signature it cannot match or an old {@code t}
 * (a replay). Redirects are not followed; 2xx is delivered, anything else is tried again.
 */
@ApplicationScoped
public class WebhookPoster {
  /** A receiver must answer within this. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * What the receiver answered: its status (0 when there was no answer) and, when it was not a
   * success, why.
   */
  public record Outcome(int status, String error) {
    public boolean delivered() {
      return status >= 200 && status < 300;
    }
  }

  public Outcome post(
      String url, String secret, String eventId, String kind, String body, Instant at) {
    var timestamp = Long.toString(at.getEpochSecond());
    try {
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/json")
                  .header("User-Agent", "Naboskab-Webhook/1")
                  .header("Naboskab-Event", kind)
                  .header("Naboskab-Delivery", eventId)
                  .header(
                      "Naboskab-Signature",
                      "t=" + timestamp + ",v1=" + sign(secret, timestamp, body))
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      var status = response.statusCode();
      return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
    } catch (IOException e) {
      return new Outcome(0, e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(0, "interrupted");
    } catch (IllegalArgumentException e) {
      return new Outcome(0, "invalid address: " + e.getMessage());
    }
  }

  /** The signature of a body sent at {@code timestamp}, as the receiver recomputes it. */
  public static String sign(String secret, String timestamp, String body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
