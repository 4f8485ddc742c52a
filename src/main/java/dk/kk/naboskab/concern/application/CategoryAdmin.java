package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The administrators' concern categories and the VUM themes they map to. A category is retired, not
 * deleted: concerns filed under it keep it.
 */
@Stateless
public class CategoryAdmin {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  /** What an administrator enters; an empty {@code id} creates. */
  public record CategoryForm(
      Long id,
      int version,
      @NotBlank(message = "{org.code.required}")
          @Pattern(regexp = "^[A-Z0-9_]{1,30}$", message = "{category.code.format}")
          String code,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String nameDa,
      @NotBlank(message = "{org.name.required}") @Size(max = 120, message = "{org.name.size}")
          String nameEn,
      @NotBlank(message = "{category.vumTheme.required}")
          @Size(max = 120, message = "{org.name.size}")
          String vumTheme,
      @NotNull(message = "{category.sortOrder.required}") Integer sortOrder,
      boolean active) {}

  public List<Category> categories() {
    currentUser.require(Role.ADMIN);
    return em.createQuery("select c from Category c order by c.sortOrder, c.id", Category.class)
        .getResultList();
  }

  /**
   * @throws RuleViolation on {@code code} when another category has it
   * @throws ConcurrentChange when the category changed since the form was loaded
   */
  public Category save(@NotNull @Valid CategoryForm form) {
    currentUser.require(Role.ADMIN);
    if (form.id() == null) {
      var clash =
          em.createQuery("select count(c) from Category c where c.code = :code", Long.class)
              .setParameter("code", form.code())
              .getSingleResult();
      if (clash > 0) {
        throw new RuleViolation("code", "org.codeExists");
      }
      var category =
          new Category(
              form.code(),
              form.nameDa().trim(),
              form.nameEn().trim(),
              form.vumTheme().trim(),
              form.sortOrder());
      if (!form.active()) {
        category.change(
            category.getNameDa(),
            category.getNameEn(),
            category.getVumTheme(),
            form.sortOrder(),
            false);
      }
      em.persist(category);
      em.flush();
      return category;
    }
    var category = em.find(Category.class, form.id(), LockModeType.PESSIMISTIC_WRITE);
    if (category == null) {
      throw new RuleViolation("id", "tenancy.notFound");
    }
    if (category.getVersion() != form.version()) {
      throw new ConcurrentChange("category " + form.id());
    }
    category.change(
        form.nameDa().trim(),
        form.nameEn().trim(),
        form.vumTheme().trim(),
        form.sortOrder(),
        form.active());
    return category;
  }
}
