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

  /** E.g. {@code GET /indbakke.xhtml} or {@code AJAX /sag.xhtml}. */
  public String kind() {
    return (partial ? "AJAX" : method) + " " + path;
  }
}
