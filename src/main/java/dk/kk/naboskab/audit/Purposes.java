package dk.kk.naboskab.audit;

import java.util.Map;

/**
 * The purpose a read served, named as the tenant reads it in their disclosure: the page or use case
 * it was read through. One table, so a new page that reads personal data names its purpose here.
 */
final class Purposes {
  private static final Map<String, String> BY_PATH =
      Map.ofEntries(
          Map.entry("/concern/inbox.xhtml", "indbakke"),
          Map.entry("/concern/concern.xhtml", "henvendelse"),
          Map.entry("/concern/ours.xhtml", "vores henvendelser"),
          Map.entry("/concern/file.xhtml", "ny henvendelse"),
          Map.entry("/files/", "bilag"),
          Map.entry("/tenancy/tenant.xhtml", "borgerside"),
          Map.entry("/tenancy/tenant-disclosure", "indsigt"),
          Map.entry("/tenancy/tenants.xhtml", "borgeroversigt"),
          Map.entry("/tenancy/our-tenant.xhtml", "vores borger"),
          Map.entry("/tenancy/our-tenants.xhtml", "vores borgere"),
          Map.entry("/tenancy/my-tenants.xhtml", "mine borgere"),
          Map.entry("/pathway/stays.xhtml", "beboere"),
          Map.entry("/pathway/stay.xhtml", "beboerside"),
          Map.entry("/api/v1/", "boligselskabets system (API)"),
          Map.entry("/callback", "log ind"));

  private Purposes() {}

  /**
   * The purpose of a request to {@code path} (the servlet path, with a trailing slash when the
   * servlet takes a path after it); "system" outside a request, the path itself for a page not in
   * the table.
   */
  static String of(String path) {
    if (path == null || path.isEmpty()) {
      return "system";
    }
    var known = BY_PATH.get(path);
    if (known != null) {
      return known;
    }
    return path.length() > 40 ? path.substring(0, 40) : path;
  }
}
