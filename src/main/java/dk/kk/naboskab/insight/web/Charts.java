package dk.kk.naboskab.insight.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures pages' charts, as the Chart.js configuration PrimeFaces' {@code p:chart} takes, built
 * with JSON-P (every label escaped as JSON requires, never a string put together by hand). Bars
 * against a goal drawn as a dashed line across them; lines for curves. A missing figure is a gap.
 */
final class Charts {
  /** The portal's colours, dark enough against white for a chart's bars and lines (WCAG 1.4.11). */
  static final String[] COLOURS = {
    "#0b4f6c", "#c99400", "#7a2323", "#2e6b30", "#5b3f8c", "#a34a00", "#1f6f78", "#6b6b6b",
    "#8c2d5a", "#3d5a80"
  };

  private static final String GOAL_COLOUR = "#7a2323";

  /** A series of figures, one per label; null for none. */
  record Series(String label, List<? extends Number> values) {}

  private Charts() {}

  /** Bars per label for each series, with the goal as a dashed line, the y axis titled. */
  static String barsAgainstGoal(
      List<String> labels, List<Series> series, BigDecimal goal, String goalLabel, String yTitle) {
    var datasets = Json.createArrayBuilder();
    for (var i = 0; i < series.size(); i++) {
      datasets.add(
          dataset(series.get(i), COLOURS[i % COLOURS.length]).add("type", "bar").add("order", 2));
    }
    var line = Json.createArrayBuilder();
    labels.forEach(l -> line.add(goal));
    datasets.add(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", goalLabel)
            .add("data", line)
            .add("borderColor", GOAL_COLOUR)
            .add("backgroundColor", GOAL_COLOUR)
            .add("borderDash", Json.createArrayBuilder().add(6).add(4))
            // One unit: a line of one point is no line, so its point is drawn as a dash across.
            .add("pointStyle", "line")
            .add("pointRadius", labels.size() == 1 ? 80 : 0)
            .add("pointBorderWidth", 3)
            .add("borderWidth", 2)
            .add("order", 1));
    return chart("bar", labels, datasets, yTitle, null, false);
  }

  /** Bars per label for each series, the y axis titled and counting in whole numbers. */
  static String counts(List<String> labels, List<Series> series, String yTitle) {
    return bars(labels, series, yTitle, true);
  }

  /** Bars per label for each series, the y axis titled. */
  static String bars(List<String> labels, List<Series> series, String yTitle) {
    return bars(labels, series, yTitle, false);
  }

  private static String bars(
      List<String> labels, List<Series> series, String yTitle, boolean wholeNumbers) {
    var datasets = Json.createArrayBuilder();
    for (var i = 0; i < series.size(); i++) {
      datasets.add(dataset(series.get(i), COLOURS[i % COLOURS.length]));
    }
    return chart("bar", labels, datasets, yTitle, null, wholeNumbers);
  }

  /** A line per series over the labels, the y axis titled and ending at {@code max} if given. */
  static String lines(List<String> labels, List<Series> series, String yTitle, Integer max) {
    var datasets = Json.createArrayBuilder();
    for (var i = 0; i < series.size(); i++) {
      datasets.add(
          dataset(series.get(i), COLOURS[i % COLOURS.length])
              .add("spanGaps", true)
              .add("tension", 0.2));
    }
    return chart("line", labels, datasets, yTitle, max, false);
  }

  private static JsonObjectBuilder dataset(Series series, String colour) {
    var data = Json.createArrayBuilder();
    series.values().forEach(v -> add(data, v));
    return Json.createObjectBuilder()
        .add("label", series.label())
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static void add(JsonArrayBuilder data, Number value) {
    if (value == null) {
      data.addNull();
    } else if (value instanceof BigDecimal d) {
      data.add(d);
    } else if (value instanceof Double d) {
      data.add(d);
    } else {
      data.add(value.longValue());
    }
  }

  /** {@code wholeNumbers}: a count's axis, with no tick at half a request. */
  private static String chart(
      String type,
      List<String> labels,
      JsonArrayBuilder datasets,
      String yTitle,
      Integer max,
      boolean wholeNumbers) {
    var labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    var y =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
    if (max != null) {
      y.add("max", max);
    }
    if (wholeNumbers) {
      y.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                // Drawn at once: no motion for those who get dizzy from it, nothing half-drawn.
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", y)))
        .build()
        .toString();
  }
}
