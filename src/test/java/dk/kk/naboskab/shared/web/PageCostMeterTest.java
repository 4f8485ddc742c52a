package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which timer a request's time goes to (#19): a page, an API operation, or "other". */
class PageCostMeterTest {
  private static final Set<String> EXISTING = Set.of("/concern/inbox.xhtml", "/index.xhtml");

  private static String page(String path) {
    return PageCostMeter.pageOf(path, EXISTING::contains);
  }

  @Test
  void aPageThatExistsHasATimerOfItsOwn() {
    assertEquals("/concern/inbox.xhtml", page("/concern/inbox.xhtml"));
    assertEquals("/", page("/"));
    assertEquals("/callback", page("/callback"));
  }

  @Test
  void addressesThatDoNotExistShareOne() {
    assertEquals("other", page("/wp-admin/setup.xhtml"));
    assertEquals("other", page("/etc/passwd"));
    assertEquals("other", page("/concern/inbox.xhtml.bak"));
  }

  @Test
  void apiOperationsAreNamedWithoutTheirIds() {
    assertEquals("/api/v1/concerns", page("/api/v1/concerns"));
    assertEquals(
        "/api/v1/concerns/{id}", page("/api/v1/concerns/3f2b8c1e-9a4d-4e21-b7c3-0d5e6f7a8b9c"));
    assertEquals(
        "/api/v1/concerns/{id}/information",
        page("/api/v1/concerns/3F2B8C1E-9A4D-4E21-B7C3-0D5E6F7A8B9C/information"));
    assertEquals("/api/v1/files/{id}", page("/api/v1/files/42"));
    assertEquals("/api/v1/figures/caseloads", page("/api/v1/figures/caseloads"));
    assertEquals("other", page("/api/v1/concerns/42/delete"));
    assertEquals("other", page("/api/v2/anything"));
  }
}
