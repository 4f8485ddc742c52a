package dk.kk.naboskab.clock.domain;

import dk.kk.naboskab.shared.Published;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The response targets per urgency and clock. A clock without a target is not measured for that
 * urgency (the default policy sets no resolution target for acute and urgent concerns).
 */
@Published("concern, insight: the targets per urgency")
public final class ResponsePolicy {
  private final Map<Urgency, Map<ClockKind, Target>> targets = new EnumMap<>(Urgency.class);
  private boolean frozen;

  /**
   * Sets a target.
   *
   * @throws IllegalStateException on a policy {@link #freeze() frozen} for sharing
   */
  public ResponsePolicy set(Urgency urgency, ClockKind clock, Target target) {
    if (frozen) {
      throw new IllegalStateException("the policy in force is shared: build a new one");
    }
    targets.computeIfAbsent(urgency, u -> new EnumMap<>(ClockKind.class)).put(clock, target);
    return this;
  }

  /** Makes the policy read-only, so it can be shared between requests. */
  public ResponsePolicy freeze() {
    frozen = true;
    return this;
  }

  public Optional<Target> target(Urgency urgency, ClockKind clock) {
    return Optional.ofNullable(targets.getOrDefault(urgency, Map.of()).get(clock));
  }

  /**
   * The default, proposed to the associations: acute — acknowledge within 2 business hours, first
   * reply within 1 business day; urgent — acknowledge within 1, reply within 2 business days;
   * normal — acknowledge within 2, reply within 5, resolve within 20 business days.
   */
  public static ResponsePolicy proposal() {
    return new ResponsePolicy()
        .set(Urgency.ACUTE, ClockKind.ACKNOWLEDGE, Target.hours(2))
        .set(Urgency.ACUTE, ClockKind.FIRST_REPLY, Target.days(1))
        .set(Urgency.URGENT, ClockKind.ACKNOWLEDGE, Target.days(1))
        .set(Urgency.URGENT, ClockKind.FIRST_REPLY, Target.days(2))
        .set(Urgency.NORMAL, ClockKind.ACKNOWLEDGE, Target.days(2))
        .set(Urgency.NORMAL, ClockKind.FIRST_REPLY, Target.days(5))
        .set(Urgency.NORMAL, ClockKind.RESOLUTION, Target.days(20));
  }
}
