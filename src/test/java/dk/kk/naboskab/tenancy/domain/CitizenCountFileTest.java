package dk.kk.naboskab.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case system's monthly file: every line checked, every fault named with its line. */
class CitizenCountFileTest {
  private static final YearMonth NOW = YearMonth.of(2026, 12);

  private static CitizenCountFile.Parsed parse(String text) {
    return CitizenCountFile.parse(text, NOW);
  }

  private static List<String> faults(CitizenCountFile.Parsed parsed) {
    return parsed.problems().stream().map(p -> p.line() + " " + p.messageKey()).toList();
  }

  @Test
  void danishExcelsSemicolonsWithAByteOrderMarkAndAHeaderAreRead() {
    var parsed =
        parse(
            "\uFEFFmedarbejder;måned;eget hjem;boform\r\n"
                + "henrik@kk-social.example;2026-11;6;18\r\n"
                + "\r\n"
                + "\"Mette.Holm@kk-social.example\";2026-10;0;21\r\n");

    assertTrue(parsed.isClean(), faults(parsed).toString());
    assertEquals(
        List.of(
            new CitizenCountFile.Line(2, "henrik@kk-social.example", YearMonth.of(2026, 11), 6, 18),
            new CitizenCountFile.Line(
                4, "Mette.Holm@kk-social.example", YearMonth.of(2026, 10), 0, 21)),
        parsed.lines());
  }

  @Test
  void commasWorkToo() {
    var parsed = parse("henrik@kk-social.example,2026-12,3,4");

    assertTrue(parsed.isClean());
    assertEquals(3, parsed.lines().get(0).ownHome());
  }

  @Test
  void everyFaultIsNamedWithItsLineAndNoLineOfABadFileIsKept() {
    var parsed =
        parse(
            """
            henrik@kk-social.example;2026-11;6;18
            sara@kk-social.example;2026-13;6;18
            bo@kk-social.example;2027-01;6;18
            ;2026-11;6;18
            ida@kk-social.example;2026-11;-1;18
            eva@kk-social.example;2026-11;6;1000
            ole@kk-social.example;2026-11;6
            HENRIK@kk-social.example;2026-11;7;19
            jens@kk-social.example;11-2026;6,5;18
            """);

    assertFalse(parsed.isClean());
    assertEquals(
        List.of(
            "2 citizenCount.file.month",
            "3 citizenCount.file.future",
            "4 citizenCount.file.worker",
            "5 citizenCount.file.ownHome",
            "6 citizenCount.file.residential",
            "7 citizenCount.file.columns",
            "8 citizenCount.file.twice",
            "9 citizenCount.file.month",
            "9 citizenCount.file.ownHome"),
        faults(parsed));
    assertEquals(
        List.of("8", "HENRIK@kk-social.example", "2026-11", "1"),
        parsed.problems().get(6).arguments());
    assertEquals(List.of("5", "-1", CitizenCount.MAX), parsed.problems().get(3).arguments());
  }

  @Test
  void aFileWithNoCountsSaysSo() {
    assertEquals(
        List.of("0 citizenCount.file.empty"),
        faults(parse("medarbejder;måned;eget hjem;boform\n\n")));
    assertEquals(List.of("0 citizenCount.file.empty"), faults(parse("")));
  }

  @Test
  void aFileLongerThanTheLimitIsRefusedWhole() {
    var text = "henrik@kk-social.example;2026-11;6;18\n".repeat(CitizenCountFile.MAX_LINES + 1);

    assertEquals(List.of("0 citizenCount.file.tooLong"), faults(parse(text)));
  }
}
