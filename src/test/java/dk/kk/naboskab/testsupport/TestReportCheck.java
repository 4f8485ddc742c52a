package dk.kk.naboskab.testsupport;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fails the build when a test class ran no test. JUnit says nothing about a class whose tests are
 * all missing their annotation, disabled by a wrong import, or filtered away: such a class would
 * pass forever while testing nothing.
 *
 * <p>Arguments: the test classes folder, then the report folders of Surefire and Failsafe, then the
 * selection the run was given, so a run of one class does not fail for the classes it left out:
 * {@code test=} Surefire's {@code -Dtest}, {@code it.test=} Failsafe's {@code -Dit.test}, {@code
 * skipITs=} and {@code skipUTs=} (either {@code true} leaves that kind unchecked). A value Maven
 * left as an unresolved {@code ${...}} counts as not given.
 */
public final class TestReportCheck {
  private static final Pattern TESTS = Pattern.compile("<testsuite[^>]*\\btests=\"(\\d+)\"");
  private static final Pattern SKIPPED = Pattern.compile("<testsuite[^>]*\\bskipped=\"(\\d+)\"");

  private TestReportCheck() {}

  /** Which test classes the run was asked to run. */
  record Selection(String unitTests, String integrationTests, boolean skipUnits, boolean skipIts) {
    static final Selection ALL = new Selection("", "", false, false);

    static Selection of(List<String> options) {
      var values = new java.util.HashMap<String, String>();
      for (var option : options) {
        var equals = option.indexOf('=');
        var value = option.substring(equals + 1).strip();
        values.put(option.substring(0, equals), value.startsWith("${") ? "" : value);
      }
      return new Selection(
          values.getOrDefault("test", ""),
          values.getOrDefault("it.test", ""),
          "true".equals(values.get("skipUTs")),
          "true".equals(values.get("skipITs")));
    }

    boolean expects(String className) {
      var simpleName = className.substring(className.lastIndexOf('.') + 1);
      if (simpleName.endsWith("IT")) {
        return !skipIts && matches(integrationTests, className, simpleName);
      }
      return !skipUnits && matches(unitTests, className, simpleName);
    }

    /** Surefire's patterns, simply: {@code Name}, {@code Na*}, {@code Name#method}, commas. */
    private static boolean matches(String patterns, String className, String simpleName) {
      if (patterns.isBlank()) {
        return true;
      }
      for (var pattern : patterns.split(",")) {
        var regex =
            pattern
                .strip()
                .replaceAll("#.*$", "")
                .replaceAll("^\\*\\*/", "")
                .replaceAll("\\.(java|class)$", "")
                .replace(".", "\\.")
                .replace("*", ".*");
        if (simpleName.matches(regex) || className.matches(regex)) {
          return true;
        }
      }
      return false;
    }
  }

  public static void main(String[] args) throws Exception {
    var classes = Path.of(args[0]);
    var arguments = List.of(args).subList(1, args.length);
    var reportDirs = arguments.stream().filter(a -> !a.contains("=")).map(Path::of).toList();
    var selection = Selection.of(arguments.stream().filter(a -> a.contains("=")).toList());
    var problems = problems(classes, reportDirs, selection);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("[test-report-check] " + p));
      throw new IllegalStateException(problems.size() + " test class(es) ran no test");
    }
    System.out.println("[test-report-check] every test class ran tests");
  }

  static List<String> problems(Path classes, List<Path> reportDirs) throws Exception {
    return problems(classes, reportDirs, Selection.ALL);
  }

  static List<String> problems(Path classes, List<Path> reportDirs, Selection selection)
      throws Exception {
    var problems = new ArrayList<String>();
    try (var loader =
            new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()},
                TestReportCheck.class.getClassLoader());
        var files = Files.walk(classes)) {
      for (var file : files.filter(TestReportCheck::isTestClassFile).toList()) {
        var name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!selection.expects(name)
            || Modifier.isAbstract(loader.loadClass(name).getModifiers())) {
          continue;
        }
        var ran = testsRun(name, reportDirs);
        if (ran == 0) {
          problems.add(name + " ran no test");
        }
      }
    }
    return problems;
  }

  private static boolean isTestClassFile(Path file) {
    var name = file.getFileName().toString();
    return !name.contains("$") && (name.endsWith("Test.class") || name.endsWith("IT.class"));
  }

  /** Tests run and not skipped, over all reports of the class. */
  private static int testsRun(String className, List<Path> reportDirs) throws IOException {
    var run = 0;
    for (var dir : reportDirs) {
      var report = dir.resolve("TEST-" + className + ".xml");
      if (Files.exists(report)) {
        var head = Files.readString(report);
        var tests = TESTS.matcher(head);
        var skipped = SKIPPED.matcher(head);
        run +=
            (tests.find() ? Integer.parseInt(tests.group(1)) : 0)
                - (skipped.find() ? Integer.parseInt(skipped.group(1)) : 0);
      }
    }
    return run;
  }
}
