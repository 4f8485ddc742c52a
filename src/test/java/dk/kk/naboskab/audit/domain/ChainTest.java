package dk.kk.naboskab.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTest {

  private static Chain.Row row(String... columns) {
    return new Chain.Row(Arrays.asList(columns));
  }

  /** A sealed chain of n rows, as the sealer would write it. */
  private static List<Chain.Seal> sealed(int n) {
    var seals = new ArrayList<Chain.Seal>();
    var previous = Chain.GENESIS;
    for (var seq = 1; seq <= n; seq++) {
      var row = row(String.valueOf(100 + seq), "2026-12-02T10:00:0" + seq + ".000000", "karin");
      var hash = Chain.link(previous, seq, row);
      seals.add(new Chain.Seal(seq, 100 + seq, previous, hash, row));
      previous = hash;
    }
    return seals;
  }

  private static Chain.Verdict walk(List<Chain.Seal> seals, long headSeq, byte[] headHash) {
    var walk = new Chain.Walk();
    seals.forEach(walk::next);
    return walk.end(headSeq, headHash);
  }

  private static Chain.Verdict walk(List<Chain.Seal> seals) {
    var last = seals.get(seals.size() - 1);
    return walk(seals, last.seq(), last.hash());
  }

  @Test
  void anUntouchedChainHolds() {
    var verdict = walk(sealed(5));
    assertTrue(verdict.intact(), verdict.toString());
    assertEquals(5, verdict.checked());
  }

  @Test
  void anEmptyLogHoldsAtAnEmptyHead() {
    assertTrue(walk(List.of(), 0, Chain.GENESIS).intact());
    assertFalse(walk(List.of(), 3, Chain.GENESIS).intact(), "a head with no seals: all removed");
  }

  @Test
  void aChangedRowIsNamedAndNotTheRowsAfterIt() {
    var seals = sealed(5);
    var third = seals.get(2);
    seals.set(
        2,
        new Chain.Seal(
            third.seq(),
            third.eventId(),
            third.prevHash(),
            third.hash(),
            row("103", "2026-12-02T10:00:03.000000", "somebody-else")));
    assertEquals(
        new Chain.Break(3, 103, Chain.Fault.ROW_CHANGED), walk(seals).firstBreak().orElseThrow());
  }

  @Test
  void aRemovedRowARemovedSealAndARemovedTailAreEachFound() {
    var missingRow = sealed(4);
    var second = missingRow.get(1);
    missingRow.set(
        1, new Chain.Seal(second.seq(), second.eventId(), second.prevHash(), second.hash(), null));
    assertEquals(Chain.Fault.ROW_MISSING, walk(missingRow).firstBreak().orElseThrow().fault());

    var missingSeal = sealed(4);
    missingSeal.remove(1);
    assertEquals(
        new Chain.Break(3, 103, Chain.Fault.GAP), walk(missingSeal).firstBreak().orElseThrow());

    var all = sealed(4);
    var head = all.get(3);
    var tail = all.subList(0, 3);
    assertEquals(
        Chain.Fault.HEAD_MISMATCH,
        walk(tail, head.seq(), head.hash()).firstBreak().orElseThrow().fault());
  }

  @Test
  void aSealRecomputedForAChangedRowStillBreaksTheLinkToTheNext() {
    var seals = sealed(4);
    var second = seals.get(1);
    var forged = row("102", "2026-12-02T10:00:02.000000", "somebody-else");
    seals.set(
        1,
        new Chain.Seal(
            2, 102, second.prevHash(), Chain.link(second.prevHash(), 2, forged), forged));
    assertEquals(
        new Chain.Break(3, 103, Chain.Fault.NOT_LINKED), walk(seals).firstBreak().orElseThrow());
  }

  @Test
  void theFirstSealWalkedIsTrustedSoOldSealsMayBeDeletedUnderRetention() {
    var seals = sealed(6);
    assertTrue(walk(seals.subList(2, 6)).intact());
  }

  @Test
  void theContentIsUnambiguous() {
    assertNotEquals(row("a", null).canonical(), row("a", "").canonical());
    assertNotEquals(row("a", "\\0").canonical(), row("a", null).canonical());
    assertNotEquals(row("a\nb").canonical(), row("a", "b").canonical());
    assertNotEquals(row("a\"", "b").canonical(), row("a", "\"b").canonical());
    assertFalse(
        Arrays.equals(
            Chain.link(Chain.GENESIS, 1, row("x")), Chain.link(Chain.GENESIS, 2, row("x"))),
        "the seal's number is hashed: a row cannot be moved");
  }
}
