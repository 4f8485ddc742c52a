package dk.kk.naboskab.clock.application;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.clock.domain.Target;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.clock.domain.WorkingHours;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;

/**
 * The calendar and response targets the concerns' clocks run on, as administrators set them
 * (migration V5 seeds Copenhagen's working hours and the target proposal). A few small rows, read
 * once and kept until they change ({@link ClockSettingsCache}).
 */
@Published("concern, insight: the response policy and calendar in force")
@Stateless
@PermitAll
// Reads need no transaction; the changes below ask for one.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClockSettings {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Event<ClockSettingsChanged> changed;
  @Inject ClockSettingsCache cache;

  /** One weekday's hours as the admin page edits them; both null: closed. */
  public record Day(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  /** One target as the admin page edits it; a null amount: not measured. */
  public record TargetRow(Urgency urgency, ClockKind clock, Integer amount, Target.Unit unit) {}

  /** An extra closed day. */
  public record ClosedDay(LocalDate day, String reason) implements java.io.Serializable {}

  /** The calendar in force (kept between requests until it changes). */
  public BusinessCalendar calendar() {
    return inForce().calendar();
  }

  /** The response targets in force (kept between requests until they change); read only. */
  public ResponsePolicy policy() {
    return inForce().policy();
  }

  private ClockSettingsCache.InForce inForce() {
    return cache.get(() -> new ClockSettingsCache.InForce(readCalendar(), readPolicy().freeze()));
  }

  private BusinessCalendar readCalendar() {
    var windows = new EnumMap<DayOfWeek, WorkingHours.Window>(DayOfWeek.class);
    for (var day : days()) {
      if (day.opens() != null) {
        windows.put(day.day(), new WorkingHours.Window(day.opens(), day.closes()));
      }
    }
    var closed = new HashSet<LocalDate>();
    closedDays().forEach(d -> closed.add(d.day()));
    return new BusinessCalendar(new WorkingHours(windows), closed);
  }

  private ResponsePolicy readPolicy() {
    var policy = new ResponsePolicy();
    for (var row : targets()) {
      if (row.amount() != null) {
        policy.set(row.urgency(), row.clock(), new Target(row.amount(), row.unit()));
      }
    }
    return policy;
  }

  public List<Day> days() {
    var days = new ArrayList<Day>();
    var found = new EnumMap<DayOfWeek, Day>(DayOfWeek.class);
    for (var r :
        em.createNativeQuery("select day_of_week, opens, closes from working_hours")
            .getResultList()) {
      var row = (Object[]) r;
      var day = DayOfWeek.valueOf((String) row[0]);
      found.put(day, new Day(day, time(row[1]), time(row[2])));
    }
    for (var day : DayOfWeek.values()) {
      days.add(found.getOrDefault(day, new Day(day, null, null)));
    }
    return days;
  }

  public List<TargetRow> targets() {
    var found = new java.util.HashMap<String, TargetRow>();
    for (var r :
        em.createNativeQuery("select urgency, clock_kind, amount, unit from response_target")
            .getResultList()) {
      var row = (Object[]) r;
      var urgency = Urgency.valueOf((String) row[0]);
      var clock = ClockKind.valueOf((String) row[1]);
      found.put(
          urgency + "/" + clock,
          new TargetRow(
              urgency, clock, ((Number) row[2]).intValue(), Target.Unit.valueOf((String) row[3])));
    }
    var rows = new ArrayList<TargetRow>();
    for (var urgency : Urgency.values()) {
      for (var clock : ClockKind.values()) {
        rows.add(
            found.getOrDefault(
                urgency + "/" + clock, new TargetRow(urgency, clock, null, Target.Unit.DAYS)));
      }
    }
    return rows;
  }

  public List<ClosedDay> closedDays() {
    var days = new ArrayList<ClosedDay>();
    for (var r :
        em.createNativeQuery("select day, reason from closed_day order by day").getResultList()) {
      var row = (Object[]) r;
      days.add(new ClosedDay(((java.sql.Date) row[0]).toLocalDate(), (String) row[1]));
    }
    return days;
  }

  /**
   * Replaces the working hours and targets (administrators only).
   *
   * @throws RuleViolation on {@code workingHours} for hours that end before they start, on {@code
   *     amount} for a target of zero or negative length
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void save(List<Day> days, List<TargetRow> targets) {
    currentUser.require(Role.ADMIN);
    for (var day : days) {
      if ((day.opens() == null) != (day.closes() == null)) {
        throw new RuleViolation("workingHours", "clock.hours.both", day.day());
      }
      if (day.opens() != null) {
        new WorkingHours.Window(day.opens(), day.closes());
      }
    }
    for (var target : targets) {
      if (target.amount() != null) {
        new Target(target.amount(), target.unit());
      }
    }
    for (var day : days) {
      em.createNativeQuery(
              "update working_hours set opens = ?1, closes = ?2, version = version + 1"
                  + " where day_of_week = ?3")
          .setParameter(1, day.opens() == null ? null : Time.valueOf(day.opens()))
          .setParameter(2, day.closes() == null ? null : Time.valueOf(day.closes()))
          .setParameter(3, day.day().name())
          .executeUpdate();
    }
    em.createNativeQuery("delete from response_target").executeUpdate();
    for (var target : targets) {
      if (target.amount() != null) {
        em.createNativeQuery(
                "insert into response_target (urgency, clock_kind, amount, unit) values (?1, ?2, ?3, ?4)")
            .setParameter(1, target.urgency().name())
            .setParameter(2, target.clock().name())
            .setParameter(3, target.amount())
            .setParameter(4, target.unit().name())
            .executeUpdate();
      }
    }
    changed.fire(new ClockSettingsChanged());
  }

  /**
   * Adds an extra closed day (administrators only).
   *
   * @throws RuleViolation on {@code day} for a day already closed, on {@code reason} without one
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void close(LocalDate day, String reason) {
    currentUser.require(Role.ADMIN);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "clock.closedDay.reason");
    }
    if (closedDays().stream().anyMatch(d -> d.day().equals(day))) {
      throw new RuleViolation("day", "clock.closedDay.exists");
    }
    em.createNativeQuery("insert into closed_day (day, reason) values (?1, ?2)")
        .setParameter(1, java.sql.Date.valueOf(day))
        .setParameter(2, reason.trim())
        .executeUpdate();
    changed.fire(new ClockSettingsChanged());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void reopen(LocalDate day) {
    currentUser.require(Role.ADMIN);
    em.createNativeQuery("delete from closed_day where day = ?1")
        .setParameter(1, java.sql.Date.valueOf(day))
        .executeUpdate();
    changed.fire(new ClockSettingsChanged());
  }

  private static LocalTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Time t) {
      return t.toLocalTime();
    }
    if (value instanceof LocalTime t) {
      return t;
    }
    return LocalTime.parse(value.toString());
  }
}
