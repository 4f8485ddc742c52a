package dk.kk.naboskab.insight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.insight.application.ResponseTimes.Figure;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TrendChartTest {
  private static final Locale DANISH = Locale.forLanguageTag("da");

  private static Figure median(double hours) {
    return new Figure("k", "l", 5L, hours, hours * 2, 80.0, false);
  }

  @Test
  void eachClockIsALineOfMediansByMonthWithGapsWhereAMonthHasNone() {
    var months =
        List.of(
            new TrendChart.Month("2026-10", median(1.5), median(3.0), null),
            new TrendChart.Month("2026-11", null, median(2.5), median(40.0)));

    var chart = Json.createReader(new StringReader(TrendChart.of(months, DANISH))).readObject();

    assertEquals("line", chart.getString("type"));
    var data = chart.getJsonObject("data");
    assertEquals(2, data.getJsonArray("labels").size());
    var datasets = data.getJsonArray("datasets");
    assertEquals(3, datasets.size(), "acknowledge, first reply, resolution");
    var acknowledge = datasets.getJsonObject(0).getJsonArray("data");
    assertEquals(1.5, acknowledge.getJsonNumber(0).doubleValue());
    assertEquals(JsonValue.NULL, acknowledge.get(1), "no figure: a gap, not a zero");
    assertEquals(
        40.0, datasets.getJsonObject(2).getJsonArray("data").getJsonNumber(1).doubleValue());
    assertTrue(datasets.getJsonObject(0).getBoolean("spanGaps"));
  }

  @Test
  void aPeriodWithoutMonthsGivesAnEmptyChartWithItsAxisTitled() {
    var chart = TrendChart.of(List.of(), DANISH);

    var parsed = Json.createReader(new StringReader(chart)).readObject();
    assertEquals(0, parsed.getJsonObject("data").getJsonArray("labels").size());
    assertTrue(
        parsed
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y")
                .getJsonObject("title")
                .getString("text")
                .length()
            > 0);
  }
}
