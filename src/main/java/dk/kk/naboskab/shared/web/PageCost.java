package dk.kk.naboskab.shared.web;

import java.util.List;

/**
 * What one request cost the database: fired when the request ends, for whoever wants to watch (the
 * tests hold every page to its budget with it).
 *
 * @param method GET or POST
 * @param path the path below the portal, e.g. {@code /indbakke.xhtml}
 * @param partial whether it was a Faces AJAX request
 * @param statements the SQL round trips it sent
 * @param sent what they were, in order (the first hundred)
 */
public record PageCost(
    String method, String path, boolean partial, int statements, List<String> sent) {
  /** What the portal allows a page view: more means a query per row, or work done twice. */
  public static final int BUDGET = 12;

  /**
   * What a request that may write is allowed, in the log's eyes: its writes in one transaction and
   * the page it shows again (the test command holds each action to its own, lower line).
   */
  public static final int WRITE_BUDGET = 2 * BUDGET;

  /** How the pool's check of a connection is named in {@link #sent}: not the page's work. */
  public static final String VALIDATION = dk.kk.naboskab.shared.MeteredDataSource.VALIDATION;

  /** The round trips the request's own work sent: all but the pool's checks of its connections. */
  public int pageStatements() {
    return statements - (int) sent.stream().filter(VALIDATION::equals).count();
  }

  /** The request's budget: a page view's, or a writing request's. */
  public int budget() {
    return partial || "POST".equals(method) ? WRITE_BUDGET : BUDGET;
  }

  /** Whether the request's own work sent more than its budget. */
  public boolean overBudget() {
    return pageStatements() > budget();
  }

  /** E.g. {@code GET /indbakke.xhtml} or {@code AJAX /sag.xhtml}. */
  public String kind() {
    return (partial ? "AJAX" : method) + " " + path;
  }
}
