package dk.kk.naboskab.insight.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SmallCellsTest {
  @Test
  void noneIsShownAsNoneOneToFourAreHiddenTheRestRoundedToFive() {
    assertEquals(0L, SmallCells.count(0));
    LongStream.rangeClosed(1, 4).forEach(n -> assertNull(SmallCells.count(n), "count " + n));
    assertEquals(5L, SmallCells.count(5));
    assertEquals(5L, SmallCells.count(7));
    assertEquals(10L, SmallCells.count(8));
    assertEquals(10L, SmallCells.count(12));
    assertEquals(15L, SmallCells.count(13));
    assertEquals(1000L, SmallCells.count(1002));
  }

  @Test
  void aShareIsOfTheCountsAsShownAndNoneWhenOneIsHidden() {
    // 11 of 12 still housed would read 91.7 % and give both away; as shown: 10 of 10.
    assertEquals(100.0, SmallCells.percent(SmallCells.count(11), SmallCells.count(12)));
    assertEquals(66.7, SmallCells.percent(10L, 15L));
    assertNull(SmallCells.percent(SmallCells.count(3), 20L));
    assertNull(SmallCells.percent(0L, 0L));
  }

  /** Every true count that shows as {@code shown} (hidden: 1–4). */
  private static Set<Long> couldBe(Long shown) {
    var candidates = new TreeSet<Long>();
    for (long n = 0; n <= 1000; n++) {
      var c = SmallCells.count(n);
      if (shown == null ? c == null : shown.equals(c)) {
        candidates.add(n);
      }
    }
    return candidates;
  }

  /** What the hidden part could be, from a whole and a part as shown: every whole − part. */
  private static Set<Long> difference(Long whole, Long part) {
    var candidates = new TreeSet<Long>();
    for (var w : couldBe(whole)) {
      for (var p : couldBe(part)) {
        if (w >= p) {
          candidates.add(w - p);
        }
      }
    }
    return candidates;
  }

  @Test
  void overlappingPeriodsNoLongerGiveTheHiddenYear() {
    // #16's attack on Fastholdelse: 2025–26 had 10 referred, 2025 had 7, so 2026 (hidden) had 3.
    Long both = SmallCells.count(10);
    Long first = SmallCells.count(7);
    assertEquals(10L, both);
    assertEquals(5L, first);
    var hiddenYear = difference(both, first);
    // Anything from 1 to 7: the analyst cannot tell 3 from 6, nor whether it was under five.
    assertEquals(new TreeSet<>(LongStream.rangeClosed(1, 7).boxed().toList()), hiddenYear);
    assertTrue(hiddenYear.contains(3L) && hiddenYear.contains(5L));
  }

  @Test
  void aSubCountCannotBeHadFromTwoRoundedCounts() {
    // 24 referred, 22 still housed: the 2 who lost their home are hidden; as shown 25 and 20,
    // which leave anything from 1 to 9.
    var left = difference(SmallCells.count(24), SmallCells.count(22));
    assertEquals(new TreeSet<>(LongStream.rangeClosed(1, 9).boxed().toList()), left);
  }

  @Test
  void oneHiddenGroupTakesTheSmallestOtherWithIt() {
    // Four associations, one with 3 referred: total minus the others would give it.
    assertArrayEquals(
        new boolean[] {false, true, true, false}, SmallCells.hidden(new long[] {40, 3, 9, 12}));
    // Two already hidden hide each other; none hidden, none added.
    assertArrayEquals(new boolean[] {true, false, true}, SmallCells.hidden(new long[] {2, 30, 4}));
    assertArrayEquals(new boolean[] {false, false}, SmallCells.hidden(new long[] {5, 6}));
    // A table of one group: nothing to hide it behind, and no total to subtract from.
    assertArrayEquals(new boolean[] {true}, SmallCells.hidden(new long[] {3}));
  }

  @Test
  void theTotalMinusTheShownGroupsLeavesTheHiddenOnesTogetherOnly() {
    long[] counts = {40, 3, 9, 12};
    var hidden = SmallCells.hidden(counts);
    long total = LongStream.of(counts).sum();
    long shown = 0;
    for (int i = 0; i < counts.length; i++) {
      if (!hidden[i]) {
        shown += SmallCells.count(counts[i]);
      }
    }
    // Even with the total exact, what is left is two groups together (3 + 9 = 12, give or take
    // the rounding of the shown ones): neither one alone.
    var rest = total - shown;
    assertTrue(rest >= 10 && rest <= 14, "rest " + rest);
  }
}
