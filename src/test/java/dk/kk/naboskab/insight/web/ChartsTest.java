package dk.kk.naboskab.insight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pathway figures' bar charts: counts tick in whole numbers, other figures as they come. */
class ChartsTest {
  private static JsonObject read(String chart) {
    return Json.createReader(new StringReader(chart)).readObject();
  }

  @Test
  void countsTickInWholeNumbersAndKeepTheirAxisTitle() {
    var chart =
        read(
            Charts.counts(
                List.of("Herberget Sundholm"),
                List.of(new Charts.Series("Åbne", List.of(3L))),
                "Anmodninger"));
    var y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals(0, y.getJsonObject("ticks").getInt("precision"));
    assertEquals("Anmodninger", y.getJsonObject("title").getString("text"));
    assertEquals("bar", chart.getString("type"));
    assertEquals(
        3,
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getJsonArray("data")
            .getInt(0));
  }

  @Test
  void daysMayBeFractionsAndAMissingFigureIsAGap() {
    var chart =
        read(
            Charts.bars(
                List.of("A", "B"),
                List.of(new Charts.Series("Median, dage", java.util.Arrays.asList(12.5, null))),
                "Dage"));
    var y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertFalse(y.containsKey("ticks"));
    var data =
        chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
    assertEquals(12.5, data.getJsonNumber(0).doubleValue());
    assertEquals(jakarta.json.JsonValue.NULL, data.get(1));
  }
}
