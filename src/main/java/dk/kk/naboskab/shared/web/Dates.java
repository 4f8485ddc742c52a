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

  /** In Copenhagen time. */
  public String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }
}
