package dk.kk.naboskab.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.pathway.domain.Clarification;
import dk.kk.naboskab.pathway.domain.Outcome;
import dk.kk.naboskab.pathway.domain.StayStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's shelter pathway (#17): every state, one open stay a person, the register linked. */
class PathwayDemoDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final DemoData register = DemoData.generate(2026, 2000, TODAY);
  private final PathwayDemoData data = register.pathway;

  @Test
  void aboutFourHundredStaysInEveryStateOverThreeYears() {
    assertTrue(data.stays.size() >= DemoData.PATHWAY_STAYS, "" + data.stays.size());
    var states =
        data.stays.stream().map(PathwayDemoData.StayRow::status).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(StayStatus.class), states);
    assertTrue(
        data.stays.stream().allMatch(s -> !s.intake().isBefore(TODAY.minusYears(3).minusMonths(9))),
        "within three years (and the linked tenants' clarification before them)");
    var outcomes =
        data.stays.stream()
            .map(PathwayDemoData.StayRow::outcome)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Outcome.class), outcomes);
  }

  @Test
  void aPersonHasOneOpenStayAndNoStayEndsBeforeItBegins() {
    var open = new HashSet<String>();
    for (var stay : data.stays) {
      if (stay.ended() == null) {
        assertTrue(open.add(stay.cpr().digits()), "one open stay per person");
      } else {
        assertTrue(!stay.ended().isBefore(stay.intake()), stay.toString());
      }
      if (stay.recommended() != null) {
        assertTrue(!stay.recommended().isBefore(stay.intake()), stay.toString());
        assertTrue(!stay.recommended().isAfter(TODAY), stay.toString());
      }
    }
  }

  @Test
  void theTenantsWhoCameThroughAShelterKeepTheirOwnCprNumber() {
    var linked = data.stays.stream().filter(s -> s.tenantId() != null).toList();
    assertTrue(linked.size() >= 50, "a quarter of the stays: " + linked.size());
    for (var stay : linked) {
      var tenant =
          register.tenants.stream()
              .filter(t -> t.id() == stay.tenantId())
              .findFirst()
              .orElseThrow();
      assertEquals(tenant.cpr(), stay.cpr());
      assertEquals(Outcome.OWN_HOME, stay.outcome());
    }
  }

  @Test
  void lisesShelterHasResidentsOnTrackNearTheTargetAndPastIt() {
    var counters =
        data.stays.stream()
            .filter(s -> s.shelter() == 0 && s.ended() == null && s.recommended() == null)
            .map(s -> Clarification.of(s.intake(), null, null, TODAY, 90).state())
            .collect(Collectors.toSet());
    assertTrue(
        counters.containsAll(
            EnumSet.of(
                Clarification.State.ON_TRACK,
                Clarification.State.WARNING,
                Clarification.State.OVERDUE)),
        counters.toString());
    assertTrue(
        data.requests.stream().anyMatch(r -> r.answered() == null && r.due().isBefore(TODAY)),
        "some requests are overdue");
  }
}
