package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.web.TableDownload;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import dk.kk.naboskab.tenancy.application.TenantDirectory.OurTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Housing staff's "Boliganviste beboere": their association's tenants, a page at a time. */
@Named
@ViewScoped
public class OurTenantsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantDirectory directory;

  private final LazyDataModel<OurTenant> tenants =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(directory.countOurTenants());
        }

        @Override
        public List<OurTenant> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return directory.ourTenants(first, pageSize);
        }

        @Override
        public String getRowKey(OurTenant tenant) {
          return String.valueOf(tenant.id());
        }
      };

  public LazyDataModel<OurTenant> getTenants() {
    return tenants;
  }

  /**
   * Downloads the whole list (CSV or Excel) as the page shows it; each tenant in it is logged as
   * exported.
   */
  public void download(String format) {
    var locale = dk.kk.naboskab.shared.web.LanguageView.current();
    var rows =
        directory.exportOurTenants().stream()
            .map(
                t ->
                    TableDownload.cells(
                        t.name(), t.address(), t.department(), t.contactName(), t.contactPhone()))
            .toList();
    TableDownload.send(
        new TableDownload.Table(
            "boliganviste-beboere",
            Messages.text(locale, "ourTenants.title"),
            TableDownload.headers(
                locale,
                "tenant.name",
                "tenant.address",
                "tenant.department",
                "tenant.contact",
                "tenant.contactPhone"),
            rows),
        format);
  }
}
