package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which concerns a viewer may see, written once as data: {@link #allows} answers for one concern
 * and {@link #condition} gives the same rule as a JPQL condition for lists, counts, downloads and
 * the API — so a list cannot show what the page would refuse, nor hide what it would show.
 *
 * <p>A viewer sees a concern when any of their grants covers it; a viewer with no grant sees none.
 */
public record ConcernVisibility(List<Grant> grants) {

  public ConcernVisibility {
    grants = List.copyOf(grants);
  }

  /** One kind of concern a viewer may see. */
  public sealed interface Grant {
    boolean covers(Concern concern);

    /** The JPQL condition on the concern alias {@code c}, with its named parameters. */
    Condition condition();
  }

  /** The association's own concerns (housing staff). */
  public record OfAssociation(long associationId) implements Grant {
    @Override
    public boolean covers(Concern concern) {
      return concern.getAssociationId() == associationId;
    }

    @Override
    public Condition condition() {
      return new Condition("c.associationId = :association", Map.of("association", associationId));
    }
  }

  /** Concerns routed to one of these workers (the worker, and those they stand in for). */
  public record AssignedTo(Set<Long> workerIds) implements Grant {
    public AssignedTo {
      workerIds = Set.copyOf(workerIds);
    }

    @Override
    public boolean covers(Concern concern) {
      return concern.getAssigneeWorkerId() != null
          && workerIds.contains(concern.getAssigneeWorkerId());
    }

    @Override
    public Condition condition() {
      return new Condition("c.assigneeWorkerId in :workers", Map.of("workers", workerIds));
    }
  }

  /** The unit's team queue: concerns of the unit that nobody holds. */
  public record TeamQueue(long unitId) implements Grant {
    @Override
    public boolean covers(Concern concern) {
      return concern.getAssigneeWorkerId() == null && concern.getUnitId() == unitId;
    }

    @Override
    public Condition condition() {
      return new Condition(
          "(c.assigneeWorkerId is null and c.unitId = :teamUnit)", Map.of("teamUnit", unitId));
    }
  }

  /** Every concern of the unit (its coordinators). */
  public record OfUnit(long unitId) implements Grant {
    @Override
    public boolean covers(Concern concern) {
      return concern.getUnitId() == unitId;
    }

    @Override
    public Condition condition() {
      return new Condition("c.unitId = :unit", Map.of("unit", unitId));
    }
  }

  /** A JPQL condition and the values of its named parameters. */
  public record Condition(String jpql, Map<String, Object> parameters) {
    public Condition {
      Objects.requireNonNull(jpql);
      parameters = Map.copyOf(parameters);
    }

    /**
     * Both conditions. A parameter of the other whose name this one uses already is renamed (the
     * queue's {@code :workers} and the rule's), so either side may be written without the other.
     */
    public Condition and(Condition other) {
      var merged = new java.util.HashMap<>(parameters);
      var jpqlOfOther = other.jpql;
      for (var parameter : other.parameters.entrySet()) {
        var name = parameter.getKey();
        var unique = name;
        for (var n = 2; merged.containsKey(unique); n++) {
          unique = name + n;
        }
        jpqlOfOther = jpqlOfOther.replaceAll(":" + name + "\\b", ":" + unique);
        merged.put(unique, parameter.getValue());
      }
      return new Condition(jpql + " and " + jpqlOfOther, merged);
    }

    /** This condition and each of the others. */
    public Condition and(List<Condition> others) {
      var all = this;
      for (var other : others) {
        all = all.and(other);
      }
      return all;
    }

    public <Q extends Query> Q bind(Q query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }

  public static ConcernVisibility nothing() {
    return new ConcernVisibility(List.of());
  }

  public boolean allows(Concern concern) {
    return grants.stream().anyMatch(g -> g.covers(concern));
  }

  /** The rule as a JPQL condition on {@code c}; empty when the viewer may see no concern at all. */
  public Optional<Condition> condition() {
    if (grants.isEmpty()) {
      return Optional.empty();
    }
    var parts = grants.stream().map(Grant::condition).toList();
    var jpql = parts.stream().map(Condition::jpql).collect(Collectors.joining(" or ", "(", ")"));
    var parameters = new java.util.HashMap<String, Object>();
    parts.forEach(p -> parameters.putAll(p.parameters()));
    return Optional.of(new Condition(jpql, parameters));
  }
}
