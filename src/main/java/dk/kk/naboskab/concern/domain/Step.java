package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.Published;

/** What someone does to a concern; {@link Lifecycle} decides when it is allowed. */
@Published("api: the steps on a concern")
public enum Step {
  ACKNOWLEDGE(Side.MUNICIPALITY),
  REPLY(Side.MUNICIPALITY),
  NOTE(Side.MUNICIPALITY),
  REQUEST_INFO(Side.MUNICIPALITY),
  HAND_OVER(Side.MUNICIPALITY),
  RESOLVE(Side.MUNICIPALITY),
  PROVIDE_INFO(Side.ASSOCIATION),
  CONFIRM(Side.ASSOCIATION),
  REOPEN(Side.ASSOCIATION);

  /** Who takes the step. */
  public enum Side {
    MUNICIPALITY,
    ASSOCIATION
  }

  private final Side side;

  Step(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }
}
