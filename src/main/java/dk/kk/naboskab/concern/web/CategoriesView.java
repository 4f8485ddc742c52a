package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.CategoryAdmin;
import dk.kk.naboskab.concern.application.CategoryAdmin.CategoryForm;
import dk.kk.naboskab.concern.domain.Category;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrators' page for concern categories. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "editor";

  @Inject CategoryAdmin admin;

  private transient List<Category> categories;
  private boolean editing;
  private Long id;
  private int version;
  private String code;
  private String nameDa;
  private String nameEn;
  private String vumTheme;
  private Integer sortOrder;
  private boolean active = true;

  public List<Category> getCategories() {
    if (categories == null) {
      categories = admin.categories();
    }
    return categories;
  }

  public void create() {
    editing = true;
    id = null;
    version = 0;
    code = null;
    nameDa = null;
    nameEn = null;
    vumTheme = null;
    sortOrder = (getCategories().size() + 1) * 10;
    active = true;
  }

  public void edit(Category category) {
    editing = true;
    id = category.getId();
    version = category.getVersion();
    code = category.getCode();
    nameDa = category.getNameDa();
    nameEn = category.getNameEn();
    vumTheme = category.getVumTheme();
    sortOrder = category.getSortOrder();
    active = category.isActive();
  }

  public void cancel() {
    editing = false;
  }

  public void save() {
    var form = new CategoryForm(id, version, code, nameDa, nameEn, vumTheme, sortOrder, active);
    if (!Forms.validate(form, FORM)) {
      return;
    }
    try {
      admin.save(form);
      editing = false;
      categories = null;
      Forms.info("org.saved");
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
    } catch (ConcurrentChange e) {
      Forms.formError(FORM, "org.conflict");
    }
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isCreating() {
    return id == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameDa() {
    return nameDa;
  }

  public void setNameDa(String nameDa) {
    this.nameDa = nameDa;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getVumTheme() {
    return vumTheme;
  }

  public void setVumTheme(String vumTheme) {
    this.vumTheme = vumTheme;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
