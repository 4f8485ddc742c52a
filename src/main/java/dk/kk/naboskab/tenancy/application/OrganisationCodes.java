package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of units and associations by the codes Keycloak's claims carry — resolved on every
 * request of every coordinator and housing officer, so kept once found. A code is never changed
 * after it is created (the organisation page edits names, not codes), so a found id stays right on
 * every node; a code not (yet) found is asked again each time, never remembered as missing.
 */
@ApplicationScoped
public class OrganisationCodes {
  @PersistenceContext EntityManager em;

  private final Map<String, Long> units = new ConcurrentHashMap<>();
  private final Map<String, Long> associations = new ConcurrentHashMap<>();

  public Optional<Long> unit(String code) {
    return find(
        units,
        code,
        () ->
            em.createNamedQuery(Unit.BY_CODE, Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Unit::getId));
  }

  public Optional<Long> association(String code) {
    return find(
        associations,
        code,
        () ->
            em.createNamedQuery(HousingAssociation.BY_CODE, HousingAssociation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(HousingAssociation::getId));
  }

  private static Optional<Long> find(
      Map<String, Long> known, String code, java.util.function.Supplier<Optional<Long>> query) {
    var id = known.get(code);
    if (id != null) {
      return Optional.of(id);
    }
    var found = query.get();
    found.ifPresent(f -> known.put(code, f));
    return found;
  }
}
