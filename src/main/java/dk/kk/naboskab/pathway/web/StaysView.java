package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.Stays;
import dk.kk.naboskab.pathway.application.Stays.StayRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Beboere": the residents a shelter's staff or a case worker works with, a page at a time. */
@Named
@ViewScoped
public class StaysView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Stays stays;

  private Stays.Show show = Stays.Show.OPEN;

  private final LazyDataModel<StayRow> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(stays.count(show));
        }

        @Override
        public List<StayRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return stays.list(show, first, pageSize);
        }

        @Override
        public String getRowKey(StayRow row) {
          return String.valueOf(row.id());
        }
      };

  public LazyDataModel<StayRow> getRows() {
    return rows;
  }

  public boolean isShowAll() {
    return show == Stays.Show.ALL;
  }

  public void setShowAll(boolean all) {
    show = all ? Stays.Show.ALL : Stays.Show.OPEN;
  }
}
