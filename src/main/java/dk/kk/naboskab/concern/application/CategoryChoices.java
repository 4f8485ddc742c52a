package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.shared.Published;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The concerns' categories in use, in the reader's language and the administrators' order. */
@Published("insight: the categories to filter figures by")
@Stateless
public class CategoryChoices {
  @PersistenceContext EntityManager em;

  /** A category to choose. */
  public record CategoryChoice(long id, String label) implements Serializable {}

  public List<CategoryChoice> active(Locale locale) {
    return em
        .createQuery(
            "select c from Category c where c.active = true order by c.sortOrder, c.id",
            Category.class)
        .getResultList()
        .stream()
        .map(c -> new CategoryChoice(c.getId(), c.name(locale)))
        .toList();
  }
}
