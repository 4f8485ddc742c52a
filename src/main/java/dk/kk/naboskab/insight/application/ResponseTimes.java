package dk.kk.naboskab.insight.application;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.insight.domain.SmallCells;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Response times in business hours: how many concerns, the median and 90th percentile time to
 * acknowledge, to first reply and to resolution, and the share within target — grouped by one
 * dimension and filtered: from one streamed read of {@code concern_measure}, kept until a measure
 * changes ({@link ResponseTimeFigures}, ADR 30). This bean decides who sees what.
 *
 * <p>Coordinators and analysts see the whole municipality; housing staff only their own
 * association, whatever they ask. For analysts, a group of fewer than {@link #SMALLEST_CELL}
 * concerns shows no figures.
 */
@Stateless
// Reads only: no transaction, so its native SQL does not open one (three statements) per call.
@Published("api: the response times the warehouse reads")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class ResponseTimes {
  /** Groups smaller than this are suppressed for analysts ({@link SmallCells}). */
  public static final int SMALLEST_CELL = SmallCells.SMALLEST;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject ResponseTimeFigures computed;

  /** What the figures are grouped by. */
  public enum Dimension {
    MONTH,
    UNIT,
    ASSOCIATION,
    DEPARTMENT,
    WORKER_TYPE,
    CATEGORY,
    URGENCY
  }

  /**
   * One group's figures, in business hours. {@code suppressed}: too few concerns for the reader to
   * see figures; count and figures are then null.
   *
   * @param key the group's code (a month, an id, an enum name), for charts and exports
   */
  public record Figure(
      String key,
      String label,
      Long count,
      Double medianHours,
      Double p90Hours,
      Double withinTargetPercent,
      boolean suppressed)
      implements java.io.Serializable {}

  /**
   * The figures for one clock, grouped.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public List<Figure> figures(ClockKind clock, Dimension by, Filter filter, Locale locale) {
    return figures(scope(), EnumSet.of(clock), List.of(by), filter.requireOrdered(), locale)
        .get(0)
        .get(clock);
  }

  /**
   * The three clocks' figures, grouped: one call for a page, one read of the measures.
   *
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public Map<ClockKind, List<Figure>> allClocks(Dimension by, Filter filter, Locale locale) {
    var scope = scope();
    filter.requireOrdered();
    return figures(scope, EnumSet.allOf(ClockKind.class), List.of(by), filter, locale).get(0);
  }

  /**
   * The three clocks' figures grouped two ways from one read of the measures: a page's table and
   * its monthly trend.
   *
   * @return the figures by {@code by}, then by {@code also} (the same map twice when they are one)
   * @throws AccessDenied for workers and anyone without a role for figures
   * @throws RuleViolation on {@code from} when the period ends before it starts
   */
  public List<Map<ClockKind, List<Figure>>> allClocks(
      Dimension by, Dimension also, Filter filter, Locale locale) {
    var scope = scope();
    filter.requireOrdered();
    var clocks = EnumSet.allOf(ClockKind.class);
    if (by == also) {
      var figures = figures(scope, clocks, List.of(by), filter, locale).get(0);
      return List.of(figures, figures);
    }
    return figures(scope, clocks, List.of(by, also), filter, locale);
  }

  /**
   * What it counts: per clock, the concerns whose clock has stopped (acknowledged, first reply,
   * resolved); per group their number, the median and 90th percentile of the business minutes it
   * took (interpolated between ranks, as {@code percentile_cont}), and the share within target —
   * computed by {@link ResponseTimeFigures} for the reader's scope, which keeps them until the
   * measures change (ADR 30).
   */
  private List<Map<ClockKind, List<Figure>>> figures(
      Scope scope, Set<ClockKind> clocks, List<Dimension> by, Filter filter, Locale locale) {
    by.forEach(d -> requireOffered(scope, d));
    return computed.figures(new ResponseTimeFigures.Ask(scope, clocks, by, filter, locale));
  }

  private static void requireOffered(Scope scope, Dimension by) {
    if (scope.associationId() != null && by == Dimension.WORKER_TYPE) {
      // The kind of support a tenant gets is the tenant's to disclose (consent's scope, §99
      // anonymity): an association's figures by worker type would show an SKP group of a few of
      // its own tenants. Not offered on the page either; refused here for every other caller.
      throw new RuleViolation("by", "insight.byWorkerType.notForAssociations");
    }
  }

  /** A choice for the filter bar. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /** What the filter bar offers the reader, in one call. */
  public record Choices(List<Choice> units, List<Choice> associations, boolean ownAssociationOnly)
      implements java.io.Serializable {}

  /**
   * @throws AccessDenied for workers and anyone without a role for figures
   */
  public Choices choices() {
    var scope = scope();
    return new Choices(allUnits(), associations(scope), scope.associationId() != null);
  }

  /** The units to filter by. */
  public List<Choice> units() {
    scope();
    return allUnits();
  }

  private List<Choice> allUnits() {
    return em
        .createQuery("select u.id, u.name from Unit u order by u.name", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  /** The associations to filter by: only one's own for housing staff. */
  public List<Choice> associations() {
    return associations(scope());
  }

  private List<Choice> associations(Scope scope) {
    var query =
        scope.associationId() == null
            ? em.createQuery(
                "select a.id, a.name from HousingAssociation a order by a.name", Object[].class)
            : em.createQuery(
                    "select a.id, a.name from HousingAssociation a where a.id = :own",
                    Object[].class)
                .setParameter("own", scope.associationId());
    return query.getResultList().stream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
  }

  /** Whether the reader sees one association only (housing staff). */
  public boolean isOwnAssociationOnly() {
    return scope().associationId() != null;
  }

  /** Who asks decides what they may see. */
  record Scope(Long associationId, boolean suppressSmall) {}

  Scope scope() {
    return scopeOf(currentUser, em);
  }

  /**
   * Whose figures the user sees: the one rule for every figure of concerns (a static method, so the
   * other figures' beans use it directly, not through this bean's proxy).
   */
  static Scope scopeOf(CurrentUser currentUser, EntityManager em) {
    if (currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ANALYST)) {
      return new Scope(null, InsightReaders.isAnalyst(currentUser));
    }
    if (currentUser.hasRole(Role.HOUSING_STAFF)) {
      var code =
          currentUser
              .getAssociation()
              .orElseThrow(
                  () -> new AccessDenied(currentUser.getUsername() + " has no association"));
      var ids =
          em.createQuery("select a.id from HousingAssociation a where a.code = :code", Long.class)
              .setParameter("code", code)
              .getResultList();
      if (ids.isEmpty()) {
        throw new AccessDenied(currentUser.getUsername() + "'s association is unknown");
      }
      return new Scope(ids.get(0), false);
    }
    throw new AccessDenied(
        (currentUser.isSignedIn() ? currentUser.getUsername() : "an anonymous caller")
            + " may not see figures");
  }
}
