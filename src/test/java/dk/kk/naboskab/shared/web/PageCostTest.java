package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The log's own budget line: the page's work counts, the pool's check of a connection does not. */
class PageCostTest {

  @Test
  void aPageViewOverTwelveOfItsOwnStatementsIsOverBudget() {
    var sent = Collections.nCopies(13, "SELECT 1");
    assertTrue(new PageCost("GET", "/concern/inbox.xhtml", false, 13, sent).overBudget());
  }

  @Test
  void theConnectionCheckFallsOnWhicheverRequestComesAndIsNotCounted() {
    var sent = new ArrayList<String>();
    sent.add(PageCost.VALIDATION);
    sent.addAll(Collections.nCopies(12, "SELECT 1"));
    var cost = new PageCost("GET", "/concern/inbox.xhtml", false, 13, sent);
    assertEquals(12, cost.pageStatements());
    assertFalse(cost.overBudget());
  }
}
