package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who holds each concern, as the lists and the concern page name them. */
final class Assignees {
  private Assignees() {}

  /** Each concern's assignee: the worker's name, or the unit's team. */
  static Map<Long, String> of(TenancyFacts facts, List<Concern> concerns) {
    var workerIds =
        concerns.stream()
            .map(Concern::getAssigneeWorkerId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    var workers = facts.workerNames(workerIds);
    var teams = new HashMap<Long, String>();
    var names = new HashMap<Long, String>();
    for (var c : concerns) {
      names.put(
          c.getId(),
          c.getAssigneeWorkerId() != null
              ? workers.get(c.getAssigneeWorkerId())
              : teams.computeIfAbsent(c.getUnitId(), id -> facts.team(id).name()));
    }
    return names;
  }

  /**
   * Each concern's assignee as the housing association may be told it: the worker only where the
   * tenant's consent names the contact person and the worker is no §99 anonymous SKP, else the team
   * (tenancy's one rule, {@link TenancyFacts#associationViews}).
   */
  static Map<Long, String> forAssociation(
      TenancyFacts facts, List<Concern> concerns, java.time.LocalDate day) {
    var names = of(facts, concerns);
    var views =
        facts.associationViews(
            concerns.stream().map(Concern::getTenantId).collect(Collectors.toSet()), day);
    for (var c : concerns) {
      var view = views.get(c.getTenantId());
      if (c.getAssigneeWorkerId() != null && view != null && !view.names(c.getAssigneeWorkerId())) {
        names.put(c.getId(), view.teamName());
      }
    }
    return names;
  }
}
