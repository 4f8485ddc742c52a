package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernLists;
import dk.kk.naboskab.concern.application.ConcernLists.Row;
import dk.kk.naboskab.concern.application.ConcernLists.Scope;
import dk.kk.naboskab.concern.application.ConcernLists.Show;
import dk.kk.naboskab.shared.web.LanguageView;
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

/**
 * The inbox of workers and coordinators: their queues with the number of open concerns in each, a
 * filter on status and urgency, and a table the database pages.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConcernLists lists;
  @Inject dk.kk.naboskab.concern.application.ConcernService concerns;
  @Inject dk.kk.naboskab.security.CurrentUser currentUser;

  private List<Scope> scopes;
  private Scope scope;
  private Show show = Show.OPEN;
  private Urgency urgency;
  private Map<Scope, Long> counts;

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(lists.countInbox(scope, show, urgency));
        }

        @Override
        public List<Row> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return lists.inbox(scope, show, urgency, first, size, LanguageView.current());
        }

        @Override
        public String getRowKey(Row row) {
          return row.publicId();
        }
      };

  @PostConstruct
  void load() {
    scopes = lists.scopes();
    counts = lists.openCounts();
    if (scope == null) {
      scope = scopes.get(0);
    }
  }

  public void choose(Scope chosen) {
    scope = chosen;
    counts = lists.openCounts();
  }

  /** The poll: the queues' counts again, without reloading the page. */
  public void refreshCounts() {
    counts = lists.openCounts();
  }

  /** Whether rows offer "Overtag": a worker looking at the team's queue. */
  public boolean isTakingOver() {
    return scope == Scope.TEAM && currentUser.hasRole(dk.kk.naboskab.security.Role.SUPPORT_WORKER);
  }

  /** "Overtag" on a row of the team's queue: the concern becomes the worker's. */
  public void takeOver(Row row) {
    try {
      concerns.takeOver(row.publicId(), row.version());
      dk.kk.naboskab.shared.web.Forms.info("concern.tookOver");
    } catch (dk.kk.naboskab.shared.RuleViolation e) {
      dk.kk.naboskab.shared.web.Forms.formError("inbox", e.messageKey());
    } catch (dk.kk.naboskab.shared.ConcurrentChange e) {
      dk.kk.naboskab.shared.web.Forms.formError("inbox", "concern.conflict");
    }
    counts = lists.openCounts();
  }

  public List<Scope> getScopes() {
    return scopes;
  }

  public long count(Scope of) {
    return counts.getOrDefault(of, 0L);
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  public Show[] getShows() {
    return Show.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public Scope getScope() {
    return scope;
  }

  public Show getShow() {
    return show;
  }

  public void setShow(Show show) {
    this.show = show;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }
}
