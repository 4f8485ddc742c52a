package dk.kk.naboskab.clock.web;

import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.application.ClockSettings.ClosedDay;
import dk.kk.naboskab.clock.application.ClockSettings.Day;
import dk.kk.naboskab.clock.application.ClockSettings.TargetRow;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.Target;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The administrators' page for the clock: working hours per weekday, response targets per urgency
 * and clock, and extra closed days. What was typed stays when a value is refused.
 */
@Named
@ViewScoped
public class ClockSettingsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClockSettings settings;

  /** A weekday's hours, editable. */
  public static final class DayRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DayOfWeek day;
    private LocalTime opens;
    private LocalTime closes;

    DayRow(Day day) {
      this.day = day.day();
      this.opens = day.opens();
      this.closes = day.closes();
    }

    public DayOfWeek getDay() {
      return day;
    }

    public LocalTime getOpens() {
      return opens;
    }

    public void setOpens(LocalTime opens) {
      this.opens = opens;
    }

    public LocalTime getCloses() {
      return closes;
    }

    public void setCloses(LocalTime closes) {
      this.closes = closes;
    }
  }

  /** A target, editable; no amount means not measured. */
  public static final class TargetEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Urgency urgency;
    private final ClockKind clock;
    private Integer amount;
    private Target.Unit unit;

    TargetEdit(TargetRow row) {
      this.urgency = row.urgency();
      this.clock = row.clock();
      this.amount = row.amount();
      this.unit = row.unit();
    }

    public Urgency getUrgency() {
      return urgency;
    }

    public ClockKind getClock() {
      return clock;
    }

    public Integer getAmount() {
      return amount;
    }

    public void setAmount(Integer amount) {
      this.amount = amount;
    }

    public Target.Unit getUnit() {
      return unit;
    }

    public void setUnit(Target.Unit unit) {
      this.unit = unit;
    }
  }

  private List<DayRow> days;
  private List<TargetEdit> targets;
  private List<ClosedDay> closedDays;
  private LocalDate newDay;
  private String newReason;

  @PostConstruct
  void load() {
    days = settings.days().stream().map(DayRow::new).toList();
    targets = settings.targets().stream().map(TargetEdit::new).toList();
    closedDays = settings.closedDays();
  }

  public void save() {
    try {
      settings.save(
          days.stream().map(d -> new Day(d.day, d.opens, d.closes)).toList(),
          targets.stream().map(t -> new TargetRow(t.urgency, t.clock, t.amount, t.unit)).toList());
      Forms.info("org.saved");
    } catch (RuleViolation e) {
      Forms.error("settings", e.field(), e.messageKey(), e.arguments());
    }
  }

  public void close() {
    if (newDay == null) {
      Forms.error("closed", "day", "clock.closedDay.day", List.of());
      return;
    }
    try {
      settings.close(newDay, newReason);
      newDay = null;
      newReason = null;
      closedDays = settings.closedDays();
      Forms.info("org.saved");
    } catch (RuleViolation e) {
      Forms.error("closed", e.field(), e.messageKey(), e.arguments());
    }
  }

  public void reopen(ClosedDay day) {
    settings.reopen(day.day());
    closedDays = settings.closedDays();
  }

  public List<DayRow> getDays() {
    return days;
  }

  public List<TargetEdit> getTargets() {
    return targets;
  }

  public Target.Unit[] getUnits() {
    return Target.Unit.values();
  }

  public List<ClosedDay> getClosedDays() {
    return closedDays;
  }

  public LocalDate getNewDay() {
    return newDay;
  }

  public void setNewDay(LocalDate newDay) {
    this.newDay = newDay;
  }

  public String getNewReason() {
    return newReason;
  }

  public void setNewReason(String newReason) {
    this.newReason = newReason;
  }
}
