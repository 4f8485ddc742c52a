package dk.kk.naboskab.insight.web;

import dk.kk.naboskab.clock.domain.ClockKind;
import dk.kk.naboskab.insight.application.ResponseTimes.Figure;
import dk.kk.naboskab.shared.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Svartider's trend: the median business hours of each clock per month, as the Chart.js
 * configuration PrimeFaces' chart takes. Built with JSON-P, so every label is escaped as JSON
 * requires; a month without figures for a clock is a gap in its line.
 */
final class TrendChart {
  private static final String[] COLOURS = {"#0b4f6c", "#c99400", "#7a2323"};

  private TrendChart() {}

  /** One month: its key ("2026-11") and the three clocks' figures, any of them null. */
  record Month(String key, Figure acknowledge, Figure firstReply, Figure resolution) {
    Figure of(ClockKind kind) {
      return switch (kind) {
        case ACKNOWLEDGE -> acknowledge;
        case FIRST_REPLY -> firstReply;
        case RESOLUTION -> resolution;
      };
    }
  }

  static String of(List<Month> months, Locale locale) {
    var labels = Json.createArrayBuilder();
    months.forEach(m -> labels.add(FilterBar.monthLabel(m.key(), locale)));
    var datasets = Json.createArrayBuilder();
    var kinds = ClockKind.values();
    for (var i = 0; i < kinds.length; i++) {
      var kind = kinds[i];
      var data = Json.createArrayBuilder();
      months.forEach(m -> addMedian(data, m.of(kind)));
      datasets.add(
          Json.createObjectBuilder()
              .add(
                  "label",
                  Messages.text(
                      locale,
                      "insight.chart.median",
                      Messages.text(locale, "clockKind." + kind.name())))
              .add("data", data)
              .add("borderColor", COLOURS[i])
              .add("backgroundColor", COLOURS[i])
              .add("spanGaps", true)
              .add("tension", 0.2));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add(
                                            "text",
                                            Messages.text(locale, "insight.chart.hours"))))))
        .build()
        .toString();
  }

  private static void addMedian(JsonArrayBuilder data, Figure figure) {
    if (figure == null || figure.medianHours() == null) {
      data.addNull();
    } else {
      data.add(figure.medianHours());
    }
  }
}
