package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.domain.BusinessCalendar;
import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.clock.domain.ResponsePolicy;
import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.shared.Published;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Concerns as the figures count them: who, where and what each is, and its clocks measured in
 * business time under a policy and a calendar. No access check: it serves the figures' keeper,
 * which stores no more than the figures need and shows no single concern.
 */
@Published("insight: concerns with their clocks measured, for the figures' summary")
@Stateless
public class ConcernMeasurements {
  @PersistenceContext EntityManager em;

  /** One concern, measured. {@code clocks}: the clocks that have stopped, by kind. */
  public record Measured(
      long concernId,
      int version,
      Instant filedAt,
      long tenantId,
      long associationId,
      long unitId,
      long categoryId,
      Urgency urgency,
      Long assigneeWorkerId,
      Map<ClockKind, ConcernClocks.Measure> clocks) {}

  /** The concerns with these ids, measured, in one query for the concerns and one for events. */
  public List<Measured> measure(
      Collection<Long> concernIds, ResponsePolicy policy, BusinessCalendar calendar) {
    if (concernIds.isEmpty()) {
      return List.of();
    }
    var concerns =
        em.createQuery("select c from Concern c where c.id in :ids", Concern.class)
            .setParameter("ids", concernIds)
            .getResultList();
    var timelines = ConcernClocks.timelines(em, concerns);
    return concerns.stream()
        .map(
            c -> {
              var clocks = new EnumMap<ClockKind, ConcernClocks.Measure>(ClockKind.class);
              for (var m :
                  ConcernClocks.measures(
                      c, timelines.getOrDefault(c.getId(), List.of()), policy, calendar)) {
                clocks.put(m.kind(), m);
              }
              return new Measured(
                  c.getId(),
                  c.getVersion(),
                  c.getFiledAt(),
                  c.getTenantId(),
                  c.getAssociationId(),
                  c.getUnitId(),
                  c.getCategory().getId(),
                  c.getUrgency(),
                  c.getAssigneeWorkerId(),
                  clocks);
            })
        .toList();
  }
}
