package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import dk.kk.naboskab.tenancy.application.TenantRegister.Choice;
import dk.kk.naboskab.tenancy.application.TenantRegister.SortBy;
import dk.kk.naboskab.tenancy.application.TenantRegister.Status;
import dk.kk.naboskab.tenancy.application.TenantRegister.TenantQuery;
import dk.kk.naboskab.tenancy.application.TenantRegister.TenantRow;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The coordinators' tenant list: a filter bar over a lazy table the database pages and sorts, and a
 * search by exact CPR number that opens the tenant.
 */
@Named
@ViewScoped
public class TenantsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantRegister register;

  private String text;
  private Long associationId;
  private Long unitId;
  private SupportTrack track;
  private Status status = Status.HOUSED;
  private String cpr;
  private List<Choice> associations;
  private List<Choice> units;

  private final LazyDataModel<TenantRow> tenants =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(register.count(query()));
        }

        @Override
        public List<TenantRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          var sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED);
          var chosen = sort.findFirst();
          return register.search(
              query(),
              chosen.map(s -> SortBy.valueOf(s.getField())).orElse(SortBy.NAME),
              chosen.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(true),
              first,
              pageSize);
        }

        @Override
        public String getRowKey(TenantRow row) {
          return String.valueOf(row.id());
        }
      };

  @PostConstruct
  void load() {
    associations = register.associations();
    units = register.units();
  }

  private TenantQuery query() {
    return new TenantQuery(text, associationId, unitId, track, status);
  }

  /** Opens the tenant with exactly the CPR number typed, or says there is none. */
  public String findByCpr() {
    try {
      var found = register.findByCpr(cpr);
      if (found.isEmpty()) {
        Forms.error("cprSearch", "cpr", "tenant.cprNotFound", List.of());
        return null;
      }
      return "/tenancy/tenant.xhtml?faces-redirect=true&id=" + found.get();
    } catch (RuleViolation e) {
      Forms.error("cprSearch", e.field(), e.messageKey(), e.arguments());
      return null;
    }
  }

  public LazyDataModel<TenantRow> getTenants() {
    return tenants;
  }

  public SupportTrack[] getTracks() {
    return SupportTrack.values();
  }

  public Status[] getStatuses() {
    return Status.values();
  }

  public List<Choice> getAssociations() {
    return associations;
  }

  public List<Choice> getUnits() {
    return units;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getAssociationId() {
    return associationId;
  }

  public void setAssociationId(Long associationId) {
    this.associationId = associationId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public SupportTrack getTrack() {
    return track;
  }

  public void setTrack(SupportTrack track) {
    this.track = track;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }
}
