package dk.kk.naboskab.insight.domain;

/**
 * What an analyst may see of a count about tenants or concerns (docs/adr/0021): no cell that rests
 * on fewer than {@value #SMALLEST}, and every count rounded to a multiple of {@value #BASE}, so
 * that neither a table's total minus its shown cells nor one period minus an overlapping one gives
 * a hidden count exactly.
 *
 * <ul>
 *   <li>A count of 0 shows as 0; 1 to 4 are hidden; any other is rounded to the nearest multiple of
 *       5 (halves up: 7 → 5, 8 → 10, 12 → 10, 13 → 15).
 *   <li>A share is computed from the counts as shown, so it gives away no more than they do.
 *   <li>In a table, every group under 5 is hidden, and when exactly one is, the smallest of the
 *       others is hidden with it.
 * </ul>
 *
 * Coordinators, who work with the named tenants anyway, see the counts as they are.
 */
public final class SmallCells {
  /** A cell resting on fewer than this many tenants or concerns is hidden. */
  public static final int SMALLEST = 5;

  /** Counts are shown rounded to a multiple of this. */
  public static final int BASE = 5;

  private SmallCells() {}

  /** The count as an analyst sees it: null when hidden. */
  public static Long count(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + n);
    }
    if (n == 0) {
      return 0L;
    }
    if (n < SMALLEST) {
      return null;
    }
    return BASE * ((n + BASE / 2) / BASE);
  }

  /**
   * The count as this reader sees it: an analyst's by {@link #count(long)}, anyone else's as is.
   */
  public static Long count(boolean analyst, long n) {
    return analyst ? count(n) : Long.valueOf(n);
  }

  /**
   * A share in percent, one decimal, of two counts as shown; null when either is hidden or the
   * whole is 0.
   */
  public static Double percent(Long part, Long whole) {
    if (part == null || whole == null || whole == 0) {
      return null;
    }
    return Math.round(part * 1000.0 / whole) / 10.0;
  }

  /**
   * Which groups of one table to hide, given each group's count: every one under {@value
   * #SMALLEST}, and when that is exactly one group of several, also the smallest of the rest (the
   * first of equals), so the table's total — or the same figure grouped otherwise — minus the shown
   * groups does not give the hidden one.
   */
  public static boolean[] hidden(long[] counts) {
    return hidden(true, counts);
  }

  /** As {@link #hidden(long[])} for an analyst; for any other reader, none hidden. */
  public static boolean[] hidden(boolean analyst, long[] counts) {
    if (!analyst) {
      return new boolean[counts.length];
    }
    var hidden = new boolean[counts.length];
    int many = 0;
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = counts[i] < SMALLEST;
      if (hidden[i]) {
        many++;
      }
    }
    if (many == 1 && counts.length > 1) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (!hidden[i] && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      hidden[smallest] = true;
    }
    return hidden;
  }
}
