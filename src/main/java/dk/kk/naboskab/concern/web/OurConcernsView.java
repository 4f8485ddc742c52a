package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.ConcernLists;
import dk.kk.naboskab.concern.application.ConcernLists.Row;
import dk.kk.naboskab.concern.application.ConcernLists.Show;
import dk.kk.naboskab.shared.web.LanguageView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Housing staff's "Mine henvendelser": their association's concerns, newest first. */
@Named
@ViewScoped
public class OurConcernsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConcernLists lists;

  private Show show = Show.EVERY;

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(lists.countOurs(show));
        }

        @Override
        public List<Row> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return lists.ours(show, first, size, LanguageView.current());
        }

        @Override
        public String getRowKey(Row row) {
          return row.publicId();
        }
      };

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  public Show[] getShows() {
    return Show.values();
  }

  public Show getShow() {
    return show;
  }

  public void setShow(Show show) {
    this.show = show;
  }
}
