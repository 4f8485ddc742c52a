package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Concern;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    private static final java.util.regex.Pattern PARAMETER =
        java.util.regex.Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    public Condition {
      Objects.requireNonNull(jpql);
      parameters = Map.copyOf(parameters);
    }

    /**
     * Both conditions. A parameter of the other whose name this one uses already is renamed (the
     * queue's {@code :workers} and the rule's), so either side may be written without the other.
     */
    public Condition and(Condition other) {
      return join(this, "and", other);
    }

    /** This condition and each of the others. */
    public Condition and(List<Condition> others) {
      var all = this;
      for (var other : others) {
        all = all.and(other);
      }
      return all;
    }

    /** Either condition, renaming the other's clashing parameters as {@link #and} does. */
    public Condition or(Condition other) {
      return join(this, "or", other);
    }

    private static Condition join(Condition left, String operator, Condition right) {
      var taken = new java.util.HashSet<>(left.parameters.keySet());
      taken.addAll(right.parameters.keySet());
      var renamed = new java.util.HashMap<String, String>();
      var merged = new java.util.HashMap<>(left.parameters);
      for (var parameter : right.parameters.entrySet()) {
        var name = parameter.getKey();
        if (left.parameters.containsKey(name)) {
          var fresh = name;
          for (var n = 2; taken.contains(fresh); n++) {
            fresh = name + "_" + n;
          }
          taken.add(fresh);
          renamed.put(name, fresh);
          name = fresh;
        }
        merged.put(name, parameter.getValue());
      }
      // One pass over the other's parameters: a new name is never renamed again.
      var names = PARAMETER.matcher(right.jpql);
      var jpqlOfRight = new StringBuilder();
      while (names.find()) {
        names.appendReplacement(
            jpqlOfRight,
            java.util.regex.Matcher.quoteReplacement(
                ":" + renamed.getOrDefault(names.group(1), names.group(1))));
      }
      names.appendTail(jpqlOfRight);
      return new Condition("(" + left.jpql + ") " + operator + " (" + jpqlOfRight + ")", merged);
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
    return grants.stream().map(Grant::condition).reduce(Condition::or);
  }
}
