package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.pathway.domain.CaseWorker;
import dk.kk.naboskab.pathway.domain.Shelter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Seeds shelters and case workers per test, in its own transaction, with names no other uses. */
@Stateless
@PermitAll
public class PathwayFixtures {
  @PersistenceContext EntityManager em;

  /**
   * Two shelters and three case workers: {@code outposted} and {@code colleague} at the first,
   * {@code elsewhere} at none.
   */
  public record Shelters(
      String first,
      long firstId,
      String second,
      long secondId,
      String outposted,
      String elsewhere,
      String colleague) {}

  public Shelters shelters(String suffix) {
    var a = new Shelter("SA" + suffix, "Herberg A " + suffix, "Gaden 1", 40);
    var b = new Shelter("SB" + suffix, "Herberg B " + suffix, "Vejen 2", 25);
    em.persist(a);
    em.persist(b);
    var jonas = new CaseWorker("jonas-" + suffix, "Jonas " + suffix, null, null);
    jonas.outpostTo(a);
    em.persist(jonas);
    em.persist(new CaseWorker("mette-" + suffix, "Mette " + suffix, null, null));
    var sofie = new CaseWorker("sofie-" + suffix, "Sofie " + suffix, null, null);
    sofie.outpostTo(a);
    em.persist(sofie);
    em.flush();
    return new Shelters(
        a.getCode(),
        a.getId(),
        b.getCode(),
        b.getId(),
        jonas.getUsername(),
        "mette-" + suffix,
        sofie.getUsername());
  }

  /** Changes rows directly: a stay that ended long ago. */
  public int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  public String text(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return String.valueOf(query.getSingleResult());
  }

  public long number(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (var i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
