package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days and instants as the pages show them: {@code 03-03-2026}, {@code 03-03-2026 14:05}. */
@Named
@ApplicationScoped
public class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ClockProducer.COPENHAGEN);

  public String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** Business minutes as people read them: "2 t 15 min" ("2 h 15 min" in English). */
  public String duration(long minutes) {
    var m = Math.abs(minutes);
    var hours = m / 60;
    var unit = LanguageView.current().getLanguage().equals("en") ? "h" : "t";
    return hours == 0 ? (m % 60) + " min" : hours + " " + unit + " " + (m % 60) + " min";
  }

  /** In Copenhagen time. */
  public String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }
}
