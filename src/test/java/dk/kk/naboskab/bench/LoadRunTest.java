package dk.kk.naboskab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadRunTest {
  /** Rows cut from a real Gatling 3.14 report of the load run (index.html's statistics table). */
  private static String report() throws IOException {
    try (var in = LoadRunTest.class.getResourceAsStream("/bench/gatling-report-rows.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRequestKindIsReadWithItsThirteenFigures() throws IOException {
    var kinds = LoadRun.kinds(report());

    assertEquals(
        List.of(
            "All Requests",
            "Log ind: formular",
            "Log ind: formular Redirect 1",
            "Log ind: adgangskode",
            "Indbakke"),
        kinds.stream().map(LoadRun.Kind::name).toList());
    kinds.forEach(k -> assertEquals(13, k.values().size(), k.name()));
    var inbox = kinds.get(4);
    // count, failed, p50, p95, p99 and the slowest, as the report shows them
    assertEquals(
        List.of("58", "0", "13", "1028", "1091", "1091"),
        List.of(
            inbox.value(2),
            inbox.value(4),
            inbox.value(8),
            inbox.value(10),
            inbox.value(11),
            inbox.value(12)));
    assertEquals("78", kinds.get(0).value(4));
  }

  @Test
  void theTimeGoalHoldsEveryKindOfWorkButNotTheSignInNorTheTotal() throws IOException {
    // In the fixture the inbox's p99 is 1091 ms, the sign-in's more, the total's 2066.
    assertEquals(List.of("Indbakke (1091 ms)"), LoadRun.tooSlow(LoadRun.kinds(report())));
  }
}
