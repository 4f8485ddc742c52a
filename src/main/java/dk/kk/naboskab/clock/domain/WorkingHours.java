package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The municipality's opening hours per weekday (Copenhagen wall-clock time). A weekday without
 * hours is closed.
 */
@Published("concern: the hours the clocks run")
public final class WorkingHours {
  /** One day's opening: from {@code start} to {@code end}, end after start. */
  public record Window(LocalTime start, LocalTime end) {
    public Window {
      if (start == null || end == null || !end.isAfter(start)) {
        throw new RuleViolation("workingHours", "clock.hours.endBeforeStart", start, end);
      }
    }
  }

  private final Map<DayOfWeek, Window> windows;

  public WorkingHours(Map<DayOfWeek, Window> windows) {
    this.windows = new EnumMap<>(DayOfWeek.class);
    this.windows.putAll(windows);
  }

  /** Monday–Thursday 08:00–16:00, Friday 08:00–15:30: Copenhagen Municipality's default. */
  public static WorkingHours copenhagenDefault() {
    var day = new Window(LocalTime.of(8, 0), LocalTime.of(16, 0));
    return new WorkingHours(
        Map.of(
            DayOfWeek.MONDAY, day,
            DayOfWeek.TUESDAY, day,
            DayOfWeek.WEDNESDAY, day,
            DayOfWeek.THURSDAY, day,
            DayOfWeek.FRIDAY, new Window(LocalTime.of(8, 0), LocalTime.of(15, 30))));
  }

  public Optional<Window> on(DayOfWeek day) {
    return Optional.ofNullable(windows.get(day));
  }
}
