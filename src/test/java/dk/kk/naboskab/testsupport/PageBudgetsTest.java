package dk.kk.naboskab.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageBudgetsTest {
  private static PageBudgets.Cost cost(String kind, int statements) {
    return new PageBudgets.Cost(
        kind, statements, Collections.nCopies(statements, "SELECT ID FROM worker WHERE (ID = ?)"));
  }

  private static String refusal(PageBudgets.Cost cost) {
    return assertThrows(AssertionError.class, () -> PageBudgets.check("t", List.of(cost)))
        .getMessage();
  }

  @Test
  void aPageWithinItsBudgetPasses() {
    assertDoesNotThrow(() -> PageBudgets.check("t", List.of(cost("GET /concern/inbox.xhtml", 12))));
  }

  @Test
  void aPageOverItsBudgetFailsNamingItsStatements() {
    var message = refusal(cost("GET /concern/inbox.xhtml", 13));
    assertTrue(
        message.contains("GET /concern/inbox.xhtml sent 13 SQL statements, budget 12"), message);
    assertTrue(message.contains("SELECT ID FROM worker WHERE (ID = ?)"), message);
  }

  @Test
  void thePoolsCheckOfAConnectionIsNotThePagesCost() {
    var sent = new java.util.ArrayList<String>();
    sent.add(dk.kk.naboskab.shared.web.PageCost.VALIDATION);
    for (var i = 0; i < 12; i++) {
      sent.add("SELECT ID FROM worker WHERE (ID = ?)");
    }
    assertDoesNotThrow(
        () ->
            PageBudgets.check(
                "t", List.of(new PageBudgets.Cost("GET /concern/inbox.xhtml", 13, sent))));
    sent.add("SELECT ID FROM unit WHERE (ID = ?)");
    assertTrue(
        refusal(new PageBudgets.Cost("GET /concern/inbox.xhtml", 14, sent))
            .contains("sent 14 SQL statements, budget 12"));
  }

  @Test
  void aRequestWithoutABudgetFailsOnceItTouchesTheDatabase() {
    assertDoesNotThrow(() -> PageBudgets.check("t", List.of(cost("GET /openapi", 0))));
    var message = refusal(cost("GET /new-page.xhtml", 1));
    assertTrue(message.contains("budget none (add one to PageBudgets.BUDGET)"), message);
  }

  @Test
  void everyFileAndEveryStartPageShareALine() {
    assertDoesNotThrow(
        () ->
            PageBudgets.check(
                "t",
                List.of(cost("GET /files/7ba09734", 5), cost("POST /start/analyst.xhtml", 1))));
    assertTrue(refusal(cost("GET /start/admin.xhtml", 4)).contains("budget 3"));
  }
}
