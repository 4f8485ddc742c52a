package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the logs must never hold (#19): a citizen's name, a CPR number or a concern's text. Reads
 * log files line by line for the journeys' own people and texts ({@link JourneyData}), which the
 * portal handled all through the test run, and names every line that holds one.
 */
public final class LogPrivacy {
  /** The journeys' citizens, their CPR numbers in both spellings, and texts they filed. */
  public static final List<String> PERSONAL =
      List.of(
          JourneyData.TENANT_FIRST_NAME + " " + JourneyData.TENANT_LAST_NAME,
          JourneyData.TENANT_LAST_NAME,
          JourneyData.LIST_LAST_NAME,
          JourneyData.OTHER_TENANT_LAST_NAME,
          "120385-1234",
          "1203851234",
          "010170-1111",
          "0101701111",
          "while a node goes down");

  private LogPrivacy() {}

  /** Every line of the files (recursively under folders) that holds one of {@code personal}. */
  public static List<String> linesHolding(List<Path> places, List<String> personal) {
    var found = new ArrayList<String>();
    for (var place : places) {
      if (!Files.exists(place)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(place)) {
        for (var file : files.filter(LogPrivacy::isLog).toList()) {
          var number = 0;
          for (var line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            number++;
            var text =
                new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            for (var p : personal) {
              if (text.contains(p)) {
                found.add(file.getFileName() + ":" + number + " holds \"" + p + "\"");
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static boolean isLog(Path file) {
    var name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".log") || name.endsWith("-output.txt"));
  }
}
