package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponseClock;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.concern.domain.ConcernEvent;
import dk.kk.naboskab.shared.Published;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a concern's three clocks from its instants and its timeline: acknowledge and first reply
 * never pause; resolution stands still from each request for information until the association
 * answers (or the concern is resolved).
 */
@Published("insight: the clocks of a concern, measured")
public final class ConcernClocks {
  private ConcernClocks() {}

  /**
   * @param timeline the concern's events in order (only requests, answers, resolutions and
   *     reopenings matter)
   */
  public static List<ClockView> read(
      Concern concern,
      List<ConcernEvent> timeline,
      ResponsePolicy policy,
      BusinessCalendar calendar,
      Instant now) {
    var views = new ArrayList<ClockView>();
    for (var kind : ClockKind.values()) {
      var target = policy.target(concern.getUrgency(), kind);
      if (target.isEmpty()) {
        continue;
      }
      var stopped =
          switch (kind) {
            case ACKNOWLEDGE -> concern.getAcknowledgedAt();
            case FIRST_REPLY -> concern.getFirstReplyAt();
            case RESOLUTION -> concern.getResolvedAt();
          };
      var pauses = kind == ClockKind.RESOLUTION ? pauses(timeline) : List.<ResponseClock.Pause>of();
      var reading =
          ResponseClock.read(calendar, target.get(), concern.getFiledAt(), stopped, pauses, now);
      views.add(new ClockView(kind, reading.state(), reading.left().toMinutes()));
    }
    return views;
  }

  /**
   * A stopped clock for the figures: the business minutes it ran (the resolution clock less its
   * pauses) and whether it met its target — null when the urgency has no target for it.
   */
  public record Measure(ClockKind kind, long minutes, Boolean met) {}

  /** The concern's stopped clocks, measured. Running clocks are not measured. */
  public static List<Measure> measures(
      Concern concern,
      List<ConcernEvent> timeline,
      ResponsePolicy policy,
      BusinessCalendar calendar) {
    var measures = new ArrayList<Measure>();
    for (var kind : ClockKind.values()) {
      var stopped =
          switch (kind) {
            case ACKNOWLEDGE -> concern.getAcknowledgedAt();
            case FIRST_REPLY -> concern.getFirstReplyAt();
            case RESOLUTION -> concern.getResolvedAt();
          };
      if (stopped == null) {
        continue;
      }
      var pauses = kind == ClockKind.RESOLUTION ? pauses(timeline) : List.<ResponseClock.Pause>of();
      var used = ResponseClock.used(calendar, concern.getFiledAt(), stopped, pauses);
      var target = policy.target(concern.getUrgency(), kind);
      // As ResponseClock reads it: met while nothing is left over, i.e. used <= allowed.
      Boolean met =
          target.isEmpty()
              ? null
              : used.compareTo(target.get().allowance(calendar, concern.getFiledAt())) <= 0;
      measures.add(new Measure(kind, used.toMinutes(), met));
    }
    return measures;
  }

  /** The running clock nearest its deadline, if any: what a list row shows. */
  public static ClockView mostPressing(List<ClockView> clocks) {
    return clocks.stream()
        .filter(ClockView::isRunning)
        .min(java.util.Comparator.comparingLong(ClockView::minutesLeft))
        .orElse(clocks.isEmpty() ? null : clocks.get(clocks.size() - 1));
  }

  private static List<ResponseClock.Pause> pauses(List<ConcernEvent> timeline) {
    var pauses = new ArrayList<ResponseClock.Pause>();
    Instant from = null;
    for (var event : timeline) {
      switch (event.getKind()) {
        case INFO_REQUESTED -> {
          if (from == null) {
            from = event.getOccurredAt();
          }
        }
        case INFO_PROVIDED, RESOLVED -> {
          if (from != null) {
            pauses.add(new ResponseClock.Pause(from, event.getOccurredAt()));
            from = null;
          }
        }
        default -> {}
      }
    }
    if (from != null) {
      pauses.add(new ResponseClock.Pause(from, null));
    }
    return pauses;
  }

  /** The events the clocks need (requests, answers, resolutions) of these concerns, in order. */
  public static Map<Long, List<ConcernEvent>> timelines(EntityManager em, List<Concern> concerns) {
    if (concerns.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select e from ConcernEvent e where e.concernId in :ids and e.kind in :kinds"
                + " order by e.occurredAt, e.id",
            ConcernEvent.class)
        .setParameter("ids", concerns.stream().map(Concern::getId).toList())
        .setParameter(
            "kinds",
            EnumSet.of(
                ConcernEvent.Kind.INFO_REQUESTED,
                ConcernEvent.Kind.INFO_PROVIDED,
                ConcernEvent.Kind.RESOLVED))
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(ConcernEvent::getConcernId));
  }
}
