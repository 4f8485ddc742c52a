package dk.kk.naboskab.insight.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of the 2011 budget note behind the new home-support positions, so the positions
 * page can show it as the note means it: a home-support worker has contact with 27.5 citizens on
 * average, but only about a third of the hours go to citizens in their own homes (two thirds to
 * citizens in residential facilities), so the note's measure is <em>citizens in own home per
 * own-home position</em>. With 62 positions that is 27.5 × 62/3 ≈ 568 citizens on 20.7 own-home
 * positions; 8 new own-home positions bring it to 568 ÷ 28.7 ≈ 19.8. (The note prints 19.6: it
 * counted the own-home positions as a whole 21, and 568 ÷ 29 ≈ 19.6.)
 *
 * @param positions home-support positions today
 * @param ownHomeShare the share of their time that goes to citizens in their own homes
 * @param citizensPerPosition citizens each position has contact with, on average
 * @param newPositions new positions, all for citizens in their own homes
 */
public record BudgetNote(
    BigDecimal positions,
    BigDecimal ownHomeShare,
    BigDecimal citizensPerPosition,
    BigDecimal newPositions) {
  private static final MathContext EXACT = MathContext.DECIMAL64;

  /** The note's own inputs. */
  public static final BudgetNote OF_2011 =
      new BudgetNote(
          new BigDecimal("62"),
          BigDecimal.ONE.divide(new BigDecimal("3"), EXACT),
          new BigDecimal("27.5"),
          new BigDecimal("8"));

  /** The figure the note itself prints for the situation after the new positions. */
  public static final BigDecimal PRINTED_AFTER = new BigDecimal("19.6");

  public BudgetNote {
    if (positions.signum() <= 0
        || ownHomeShare.signum() <= 0
        || ownHomeShare.compareTo(BigDecimal.ONE) > 0
        || citizensPerPosition.signum() < 0
        || newPositions.signum() < 0) {
      throw new IllegalArgumentException("not a budget note: " + this);
    }
  }

  /** Positions' worth of hours for citizens in their own homes today (62 × 1/3 ≈ 20.7). */
  public BigDecimal ownHomePositions() {
    return positions.multiply(ownHomeShare, EXACT);
  }

  /** Citizens in their own homes the workers have contact with (27.5 × 20.7 ≈ 568). */
  public BigDecimal ownHomeCitizens() {
    return citizensPerPosition.multiply(ownHomePositions(), EXACT);
  }

  /** Citizens in own home per own-home position today: the average itself (27.5). */
  public BigDecimal perOwnHomePositionToday() {
    return ownHomeCitizens().divide(ownHomePositions(), 1, RoundingMode.HALF_EVEN);
  }

  /** Citizens in own home per own-home position with the new positions (568 ÷ 28.7 ≈ 19.8). */
  public BigDecimal perOwnHomePositionAfter() {
    return ownHomeCitizens()
        .divide(ownHomePositions().add(newPositions), 1, RoundingMode.HALF_EVEN);
  }
}
