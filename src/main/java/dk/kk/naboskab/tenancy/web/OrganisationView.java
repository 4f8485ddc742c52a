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
import dk.kk.naboskab.tenancy.domain.District;
import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The administrators' page for the support organisation, one part at a time (units, districts,
 * associations, departments, workers): a table and a form to create or change a row. The form binds
 * one typed {@link OrganisationDraft}, so one form serves new and existing rows.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> PARTS =
      List.of("units", "districts", "associations", "departments", "workers");

  @Inject OrganisationAdmin admin;

  private String part = "units";
  private boolean editing;
  private OrganisationDraft draft = new OrganisationDraft();
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
    draft = OrganisationDraft.blank(part);
    editing = true;
  }

  public void edit(Object row) {
    draft = OrganisationDraft.of(row);
    editing = true;
  }

  public void cancel() {
    editing = false;
    draft = new OrganisationDraft();
  }

  public void save() {
    var form = draft.toForm(part);
    if (!Forms.validate(form, "editor")) {
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
      draft = new OrganisationDraft();
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

  public boolean isCreating() {
    return draft.isNew();
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

  public OrganisationDraft getDraft() {
    return draft;
  }
}
