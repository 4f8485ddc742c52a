package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.OrganisationAdmin;
import dk.kk.naboskab.tenancy.application.OrganisationForms.AssociationForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.DepartmentForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.DistrictForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.UnitForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.WorkerForm;
import dk.kk.naboskab.tenancy.domain.Department;
import dk.kk.naboskab.tenancy.domain.District;
import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The administrators' page for the support organisation, one part at a time (units, districts,
 * associations, departments, workers): a table and a form to create or change a row. The form's
 * fields are a map of the part's form record's components, so one form serves new and existing
 * rows.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> PARTS =
      List.of("units", "districts", "associations", "departments", "workers");

  @Inject transient OrganisationAdmin admin;
  @Inject transient Validator validator;

  private String part = "units";
  private boolean editing;
  private final HashMap<String, Object> draft = new HashMap<>();
  private transient List<?> rows;
  private transient List<Unit> units;
  private transient List<District> districts;
  private transient List<HousingAssociation> associations;

  /** The page's view action: shows the part named in the URL. */
  public void load() {
    if (!PARTS.contains(part)) {
      part = "units";
    }
    rows = null;
  }

  public List<?> getRows() {
    if (rows == null) {
      rows =
          switch (part) {
            case "districts" -> admin.districts();
            case "associations" -> admin.associations();
            case "departments" -> admin.departments();
            case "workers" -> admin.workers();
            default -> admin.units();
          };
    }
    return rows;
  }

  /** The form's choices: every unit. */
  public List<Unit> getUnits() {
    if (units == null) {
      units = admin.units();
    }
    return units;
  }

  public List<District> getDistricts() {
    if (districts == null) {
      districts = admin.districts();
    }
    return districts;
  }

  public List<HousingAssociation> getAssociations() {
    if (associations == null) {
      associations = admin.associations();
    }
    return associations;
  }

  public WorkerType[] getWorkerTypes() {
    return WorkerType.values();
  }

  public void create() {
    draft.clear();
    draft.put("version", 0);
    if ("workers".equals(part)) {
      draft.put("active", true);
      draft.put("fte", BigDecimal.ONE);
    }
    editing = true;
  }

  public void edit(Object row) {
    draft.clear();
    if (row instanceof Unit u) {
      put(u.getId(), u.getVersion());
      draft.putAll(Map.of("code", u.getCode(), "name", u.getName(), "teamName", u.getTeamName()));
      draft.put("teamEmail", u.getTeamEmail());
    } else if (row instanceof District d) {
      put(d.getId(), d.getVersion());
      draft.putAll(Map.of("name", d.getName(), "unitId", d.getUnit().getId()));
    } else if (row instanceof HousingAssociation a) {
      put(a.getId(), a.getVersion());
      draft.putAll(Map.of("code", a.getCode(), "name", a.getName()));
    } else if (row instanceof Department d) {
      put(d.getId(), d.getVersion());
      draft.putAll(
          Map.of(
              "associationId", d.getAssociation().getId(),
              "number", d.getNumber(),
              "name", d.getName(),
              "address", d.getAddress(),
              "postalCode", d.getPostalCode(),
              "city", d.getCity(),
              "flats", d.getFlats(),
              "districtId", d.getDistrict().getId()));
    } else if (row instanceof Worker w) {
      put(w.getId(), w.getVersion());
      draft.put("username", w.getUsername());
      draft.put("name", w.getName());
      draft.put("phone", w.getPhone());
      draft.put("email", w.getEmail());
      draft.put("type", w.getType().name());
      draft.put("unitId", w.getUnit().getId());
      draft.put("fte", w.getFte());
      draft.put("active", w.isActive());
    }
    editing = true;
  }

  private void put(Long id, int version) {
    draft.put("id", id);
    draft.put("version", version);
  }

  public void cancel() {
    editing = false;
    draft.clear();
  }

  public void save() {
    Object form =
        switch (part) {
          case "districts" -> new DistrictForm(id(), version(), text("name"), number("unitId"));
          case "associations" -> new AssociationForm(id(), version(), text("code"), text("name"));
          case "departments" ->
              new DepartmentForm(
                  id(),
                  version(),
                  number("associationId"),
                  text("number"),
                  text("name"),
                  text("address"),
                  text("postalCode"),
                  text("city"),
                  draft.get("flats") == null ? null : ((Number) draft.get("flats")).intValue(),
                  number("districtId"));
          case "workers" ->
              new WorkerForm(
                  id(),
                  version(),
                  text("username"),
                  text("name"),
                  text("phone"),
                  text("email"),
                  draft.get("type") == null ? null : WorkerType.valueOf(text("type")),
                  number("unitId"),
                  (BigDecimal) draft.get("fte"),
                  Boolean.TRUE.equals(draft.get("active")));
          default ->
              new UnitForm(
                  id(), version(), text("code"), text("name"), text("teamName"), text("teamEmail"));
        };
    if (!Forms.validate(validator, form, "editor")) {
      return;
    }
    Supplier<Object> change =
        () ->
            switch (part) {
              case "districts" -> admin.save((DistrictForm) form);
              case "associations" -> admin.save((AssociationForm) form);
              case "departments" -> admin.save((DepartmentForm) form);
              case "workers" -> admin.save((WorkerForm) form);
              default -> admin.save((UnitForm) form);
            };
    try {
      change.get();
      editing = false;
      draft.clear();
      rows = null;
      units = null;
      districts = null;
      associations = null;
      Forms.info("org.saved");
    } catch (RuleViolation e) {
      Forms.error("editor", e.field(), e.messageKey(), e.arguments());
    } catch (ConcurrentChange e) {
      Forms.formError("editor", "org.conflict");
    }
  }

  private Long id() {
    return (Long) draft.get("id");
  }

  private int version() {
    return draft.get("version") == null ? 0 : (Integer) draft.get("version");
  }

  private String text(String key) {
    var value = draft.get(key);
    return value == null ? null : value.toString();
  }

  private Long number(String key) {
    var value = draft.get(key);
    return value == null ? null : ((Number) value).longValue();
  }

  public boolean isCreating() {
    return draft.get("id") == null;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }

  public List<String> getParts() {
    return PARTS;
  }

  public boolean isEditing() {
    return editing;
  }

  public Map<String, Object> getDraft() {
    return draft;
  }
}
