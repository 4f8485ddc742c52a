package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.application.ClockSettings;
import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ResponseClock;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernStatus;
import dk.kk.naboskab.notify.application.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Escalation of open concerns' clocks: at 75 % of a target the assignee is warned, at 100 % the
 * clock is flagged and the assignee told it is overdue. Each happens once per clock — recorded in
 * {@code clock_alert}, whose key makes a repeat (another timer tick, another portal instance) a
 * no-op. Warnings for non-acute concerns go out only while the office is open.
 */
@Stateless
@PermitAll
public class Escalation {
  @PersistenceContext EntityManager em;
  @Inject ClockSettings clockSettings;
  @Inject Notifications notifications;
  @Inject dk.kk.naboskab.tenancy.application.TenancyFacts facts;

  /**
   * What a run found: the alerts it raised (zero when another run already had), the concerns open
   * and how many of them have a clock past its target — what operations watch (#19).
   */
  public record Tally(int raised, int open, int overdue) {}

  /** Checks every open concern's clocks at {@code now}. */
  public Tally run(Instant now) {
    var calendar = clockSettings.calendar();
    var policy = clockSettings.policy();
    var open =
        em.createQuery("select c from Concern c where c.status in :open", Concern.class)
            .setParameter("open", ConcernStatus.open())
            .getResultList();
    if (open.isEmpty()) {
      return new Tally(0, 0, 0);
    }
    var timelines = ConcernClocks.timelines(em, open);
    var officeOpen = isOpen(calendar, now);
    var raised = 0;
    var overdue = 0;
    for (var concern : open) {
      var clocks =
          ConcernClocks.read(
              concern, timelines.getOrDefault(concern.getId(), List.of()), policy, calendar, now);
      if (clocks.stream().anyMatch(c -> c.state() == ResponseClock.State.OVERDUE)) {
        overdue++;
      }
      for (var clock : clocks) {
        var level = levelFor(clock.state(), concern.getUrgency(), officeOpen);
        if (level != null) {
          raised +=
              alert(
                  concern,
                  clock,
                  level,
                  level.equals("OVERDUE") ? "notify.clockOverdue" : "notify.clockWarning",
                  now);
        }
      }
    }
    return new Tally(raised, open.size(), overdue);
  }

  /**
   * The alert a clock's state calls for, or null: overdue always; a warning only while the office
   * is open, unless the concern is acute.
   */
  static String levelFor(ResponseClock.State state, Urgency urgency, boolean officeOpen) {
    if (state == ResponseClock.State.OVERDUE) {
      return "OVERDUE";
    }
    if (state == ResponseClock.State.WARNING && (officeOpen || urgency == Urgency.ACUTE)) {
      return "WARNING";
    }
    return null;
  }

  private int alert(Concern concern, ClockView clock, String level, String textKey, Instant now) {
    var inserted =
        em.createNativeQuery(
                "insert ignore into clock_alert (concern_id, clock_kind, level, created_at)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, concern.getId())
            .setParameter(2, clock.kind().name())
            .setParameter(3, level)
            .setParameter(4, Timestamp.valueOf(now.atOffset(ZoneOffset.UTC).toLocalDateTime()))
            .executeUpdate();
    if (inserted == 0) {
      return 0;
    }
    var category = concern.getCategory().getNameDa();
    var link = Recipients.link(concern);
    if (concern.getAssigneeWorkerId() != null) {
      notifications.tell(
          Recipients.worker(facts, concern.getAssigneeWorkerId()), textKey, category, link);
    }
    if (level.equals("OVERDUE") || concern.getAssigneeWorkerId() == null) {
      // Overdue goes to the unit leader and the housing-social team; so does a warning that has
      // no assignee to go to.
      notifications.tell(Recipients.team(facts, concern), teamKey(level), category, link);
    }
    return 1;
  }

  private static String teamKey(String level) {
    return level.equals("OVERDUE") ? "notify.teamClockOverdue" : "notify.teamClockWarning";
  }

  private static boolean isOpen(BusinessCalendar calendar, Instant now) {
    var local = now.atZone(BusinessCalendar.COPENHAGEN);
    return calendar
        .openingOn(local.toLocalDate())
        .map(w -> !local.toLocalTime().isBefore(w.start()) && local.toLocalTime().isBefore(w.end()))
        .orElse(false);
  }
}
