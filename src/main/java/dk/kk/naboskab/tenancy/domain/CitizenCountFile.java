package dk.kk.naboskab.tenancy.domain;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the monthly counts the municipality's case system exports: one line per worker and month,
 * {@code medarbejder;måned;eget hjem;boform} — the worker's e-mail address, the month as {@code
 * ÅÅÅÅ-MM}, the citizens they support in their own homes who are not in the register, and those in
 * residential facilities. Semicolons (as Danish Excel writes) or commas; a byte-order mark, blank
 * lines and a header line are passed over. Every line is checked, and every fault is reported with
 * its line number: the caller stores nothing unless there is none.
 */
public final class CitizenCountFile {
  /** The most lines one file may hold: a municipality has a few hundred home-support workers. */
  public static final int MAX_LINES = 5_000;

  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** A good line: {@code worker} as written (trimmed), to be matched by the caller. */
  public record Line(int number, String worker, YearMonth month, int ownHome, int residential) {}

  /** A fault on a line (0 for the file as a whole), as a message key and its arguments. */
  public record Problem(int line, String messageKey, List<Object> arguments) {
    public Problem(int line, String messageKey, Object... arguments) {
      this(line, messageKey, List.of(arguments));
    }
  }

  /** What the file held: its good lines, and its faults — store the lines only if none. */
  public record Parsed(List<Line> lines, List<Problem> problems) {
    public boolean isClean() {
      return problems.isEmpty();
    }
  }

  private CitizenCountFile() {}

  /**
   * Reads the file's text.
   *
   * @param thisMonth the current month: a later month has not been counted yet
   */
  public static Parsed parse(String text, YearMonth thisMonth) {
    var lines = new ArrayList<Line>();
    var problems = new ArrayList<Problem>();
    var raw = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
    if (raw.length > MAX_LINES + 1) {
      return new Parsed(List.of(), List.of(new Problem(0, "citizenCount.file.tooLong", MAX_LINES)));
    }
    var seen = new HashMap<String, Integer>();
    for (var i = 0; i < raw.length; i++) {
      var number = i + 1;
      var at = String.valueOf(number); // "1234", never "1.234"
      var line = raw[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      var cells = line.split(line.contains(";") ? ";" : ",", -1);
      if (lines.isEmpty() && problems.isEmpty() && isHeader(cells)) {
        continue;
      }
      if (cells.length != 4) {
        problems.add(new Problem(number, "citizenCount.file.columns", at, cells.length));
        continue;
      }
      var worker = unquote(cells[0]);
      var faults = problems.size();
      if (worker.isEmpty()) {
        problems.add(new Problem(number, "citizenCount.file.worker", at));
      }
      var month = month(unquote(cells[1]));
      if (month == null) {
        problems.add(new Problem(number, "citizenCount.file.month", at, unquote(cells[1])));
      } else if (month.isAfter(thisMonth)) {
        problems.add(new Problem(number, "citizenCount.file.future", at, month.toString()));
      }
      var ownHome = count(unquote(cells[2]));
      if (ownHome < 0) {
        problems.add(
            new Problem(
                number, "citizenCount.file.ownHome", at, unquote(cells[2]), CitizenCount.MAX));
      }
      var residential = count(unquote(cells[3]));
      if (residential < 0) {
        problems.add(
            new Problem(
                number, "citizenCount.file.residential", at, unquote(cells[3]), CitizenCount.MAX));
      }
      if (problems.size() > faults) {
        continue;
      }
      var key = worker.toLowerCase(Locale.ROOT) + " " + month;
      var earlier = seen.putIfAbsent(key, number);
      if (earlier != null) {
        problems.add(
            new Problem(
                number,
                "citizenCount.file.twice",
                at,
                worker,
                month.toString(),
                String.valueOf(earlier)));
        continue;
      }
      lines.add(new Line(number, worker, month, ownHome, residential));
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(0, "citizenCount.file.empty"));
    }
    return new Parsed(List.copyOf(lines), List.copyOf(problems));
  }

  /** A first line whose counts are words, not numbers. */
  private static boolean isHeader(String[] cells) {
    return cells.length == 4
        && month(unquote(cells[1])) == null
        && count(unquote(cells[2])) < 0
        && count(unquote(cells[3])) < 0;
  }

  private static String unquote(String cell) {
    var c = cell.strip();
    if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
      c = c.substring(1, c.length() - 1).replace("\"\"", "\"").strip();
    }
    return c;
  }

  private static YearMonth month(String cell) {
    if (!MONTH.matcher(cell).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(cell);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The count, or -1 unless a whole number from 0 to {@link CitizenCount#MAX}. */
  private static int count(String cell) {
    if (!WHOLE.matcher(cell).matches()) {
      return -1;
    }
    var n = Integer.parseInt(cell);
    return n <= CitizenCount.MAX ? n : -1;
  }
}
