package dk.kk.naboskab.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The read log's hash chain (ADR 22): each seal's hash is SHA-256 of the previous seal's hash, the
 * seal's number and the row's content, so changing, removing or reordering a sealed row breaks
 * every hash after it. Pure: the sealer and the verifier feed it the rows as the database returns
 * them, as text, so both compute over exactly the same bytes.
 */
public final class Chain {
  /** The hash before the first seal. */
  public static final byte[] GENESIS = new byte[32];

  private Chain() {}

  /**
   * One log row as the chain sees it: every column, as the database renders it (null for NULL). The
   * id is part of it, so a row cannot be moved to another place in the log.
   */
  public record Row(List<String> columns) {
    public Row {
      columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
    }

    /** The row's content in one unambiguous string: each column escaped, NULL distinct from "". */
    public String canonical() {
      var text = new StringBuilder();
      for (var column : columns) {
        if (column == null) {
          text.append("\\0");
        } else {
          text.append('"')
              .append(column.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
              .append('"');
        }
        text.append('\n');
      }
      return text.toString();
    }
  }

  /** The hash of the seal number {@code seq} over {@code row}, after {@code previous}. */
  public static byte[] link(byte[] previous, long seq, Row row) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous);
      digest.update((seq + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(row.canonical().getBytes(StandardCharsets.UTF_8));
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }

  /**
   * One seal as stored, with the row it seals ({@code row} null when the row is gone).
   *
   * @param eventId the id the seal names
   */
  public record Seal(long seq, long eventId, byte[] prevHash, byte[] hash, Row row) {}

  /** Why a seal does not hold. */
  public enum Fault {
    /** The seals skip a number or repeat one: a seal was removed or inserted. */
    GAP,
    /** The seal does not continue the hash of the seal before it. */
    NOT_LINKED,
    /** The row the seal names is no longer in the log. */
    ROW_MISSING,
    /** The row's content is not what was sealed: it was changed. */
    ROW_CHANGED,
    /** The chain's head does not name the last seal: seals were removed from the end. */
    HEAD_MISMATCH
  }

  /** The first seal that does not hold. */
  public record Break(long seq, long eventId, Fault fault) {}

  /**
   * Walks seals in order and remembers the first break. The first seal walked is trusted for its
   * previous hash (older seals may have been deleted under the retention policy); everything after
   * it must follow.
   */
  public static final class Walk {
    private byte[] lastHash;
    private long lastSeq = -1;
    private long checked;
    private Break firstBreak;

    /** A walk from the chain's start. */
    public Walk() {}

    /**
     * A walk that trusts the chain up to a seal already checked and goes on from it: what a node
     * watching the chain checks as it grows (#19).
     */
    public static Walk after(long seq, byte[] hash) {
      var walk = new Walk();
      walk.lastSeq = seq;
      walk.lastHash = hash;
      return walk;
    }

    /** Checks the next seal. */
    public void next(Seal seal) {
      checked++;
      if (firstBreak != null) {
        lastSeq = seal.seq();
        lastHash = seal.hash();
        return;
      }
      if (lastSeq >= 0 && seal.seq() != lastSeq + 1) {
        firstBreak = new Break(seal.seq(), seal.eventId(), Fault.GAP);
      } else if (lastHash != null && !Arrays.equals(seal.prevHash(), lastHash)) {
        firstBreak = new Break(seal.seq(), seal.eventId(), Fault.NOT_LINKED);
      } else if (seal.row() == null) {
        firstBreak = new Break(seal.seq(), seal.eventId(), Fault.ROW_MISSING);
      } else if (!Arrays.equals(link(seal.prevHash(), seal.seq(), seal.row()), seal.hash())) {
        firstBreak = new Break(seal.seq(), seal.eventId(), Fault.ROW_CHANGED);
      }
      lastSeq = seal.seq();
      lastHash = seal.hash();
    }

    /**
     * Ends the walk at the chain's head.
     *
     * @param headSeq the head's seal number (0: nothing sealed yet)
     * @param headHash the head's hash
     */
    public Verdict end(long headSeq, byte[] headHash) {
      var found = Optional.ofNullable(firstBreak);
      if (found.isEmpty()) {
        var headMatches =
            lastSeq < 0 ? headSeq == 0 : headSeq == lastSeq && Arrays.equals(headHash, lastHash);
        if (!headMatches) {
          found = Optional.of(new Break(Math.max(lastSeq, 0) + 1, 0, Fault.HEAD_MISMATCH));
        }
      }
      return new Verdict(checked, headSeq, hex(headHash), found);
    }
  }

  /** What a walk found. */
  public record Verdict(long checked, long headSeq, String headHash, Optional<Break> firstBreak) {
    public boolean intact() {
      return firstBreak.isEmpty();
    }
  }
}
