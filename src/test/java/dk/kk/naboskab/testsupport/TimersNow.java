package dk.kk.naboskab.testsupport;

import dk.kk.naboskab.insight.application.Measures;
import dk.kk.naboskab.notify.application.MailSender;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Inside the portal under test: the timers' work done now, so a journey need not wait a minute for
 * the figures' keeper or ten seconds for the mail sender. {@code /test/timers-now?work=measures}
 * measures every concern as the keeper's tick would; {@code work=mail} sends what is due. Answers
 * with what was done, one number.
 */
@WebServlet("/test/timers-now")
public class TimersNow extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Measures measures;
  @Inject transient MailSender mail;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var work = request.getParameter("work");
    int done;
    if ("measures".equals(work)) {
      done = 0;
      for (int measured; (measured = measures.refreshStale(500, null)) > 0; ) {
        done += measured;
        if (measured < 500) {
          break;
        }
      }
    } else if ("mail".equals(work)) {
      var delivery = mail.deliverDue(Duration.ofSeconds(10));
      done = delivery.sent() + delivery.failed();
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "work=measures or work=mail");
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().println(done);
  }

  /** Asks the portal at this address to do the work now; returns what it answered. */
  public static String run(java.net.URL portal, String work) throws Exception {
    var client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    var answer =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    portal.toURI().resolve("test/timers-now?work=" + work))
                .timeout(Duration.ofSeconds(60))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("timers-now " + work + ": " + answer.statusCode());
    }
    return answer.body().trim();
  }
}
