package dk.kk.naboskab.concern.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.concern.application.ConcernVisibility.AssignedTo;
import dk.kk.naboskab.concern.application.ConcernVisibility.Condition;
import dk.kk.naboskab.concern.application.ConcernVisibility.TeamQueue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule's JPQL: every parameter named once, bound to its own value, and grouped as meant. */
class ConcernVisibilityTest {

  @Test
  void aQueueAndedWithTheRuleKeepsBothSetsOfWorkersApart() {
    var mine = new AssignedTo(Set.of(7L)).condition();
    var rule = new ConcernVisibility(List.of(new AssignedTo(Set.of(7L, 9L)), new TeamQueue(3)));

    var both = mine.and(rule.condition().orElseThrow());

    assertEquals(
        "(c.assigneeWorkerId in :workers) and ((c.assigneeWorkerId in :workers_2) or"
            + " ((c.assigneeWorkerId is null and c.unitId = :teamUnit)))",
        both.jpql());
    assertEquals(Set.of(7L), both.parameters().get("workers"));
    assertEquals(Set.of(7L, 9L), both.parameters().get("workers_2"));
    assertEquals(3L, both.parameters().get("teamUnit"));
  }

  /** A name that is the prefix of another, or the renamed form of another, is never mixed up. */
  @Test
  void renamingNeverRenamesANameTwiceNorTouchesALongerOne() {
    var left = new Condition("c.a = :x and c.b = :x_2", Map.of("x", 1, "x_2", 2));
    var right =
        new Condition("c.c = :x and c.d = :x_2 and c.e = :xy", Map.of("x", 3, "x_2", 4, "xy", 5));

    var both = left.and(right);

    var renamedX = both.jpql().replaceAll(".*c\\.c = :(\\w+).*", "$1");
    var renamedX2 = both.jpql().replaceAll(".*c\\.d = :(\\w+).*", "$1");
    assertEquals(3, both.parameters().get(renamedX));
    assertEquals(4, both.parameters().get(renamedX2));
    assertTrue(both.jpql().contains("c.e = :xy"), both.jpql());
    assertEquals(5, both.parameters().get("xy"));
    assertEquals(5, both.parameters().size(), both.parameters().toString());
  }

  @Test
  void twoGrantsOfOneKindEachKeepTheirValue() {
    var rule = new ConcernVisibility(List.of(new TeamQueue(3), new TeamQueue(4)));

    var condition = rule.condition().orElseThrow();

    assertEquals(
        "((c.assigneeWorkerId is null and c.unitId = :teamUnit)) or"
            + " ((c.assigneeWorkerId is null and c.unitId = :teamUnit_2))",
        condition.jpql());
    assertEquals(Map.of("teamUnit", 3L, "teamUnit_2", 4L), condition.parameters());
  }

  @Test
  void aViewerWithoutGrantsHasNoCondition() {
    assertTrue(ConcernVisibility.nothing().condition().isEmpty());
  }
}
