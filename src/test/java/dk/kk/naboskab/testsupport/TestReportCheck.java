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
 * <p>Arguments: the test classes folder, then the report folders of Surefire and Failsafe.
 */
public final class TestReportCheck {
  private static final Pattern TESTS = Pattern.compile("<testsuite[^>]*\\btests=\"(\\d+)\"");
  private static final Pattern SKIPPED = Pattern.compile("<testsuite[^>]*\\bskipped=\"(\\d+)\"");

  private TestReportCheck() {}

  public static void main(String[] args) throws Exception {
    var classes = Path.of(args[0]);
    var reportDirs = List.of(args).subList(1, args.length).stream().map(Path::of).toList();
    var problems = problems(classes, reportDirs);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("[test-report-check] " + p));
      throw new IllegalStateException(problems.size() + " test class(es) ran no test");
    }
    System.out.println("[test-report-check] every test class ran tests");
  }

  static List<String> problems(Path classes, List<Path> reportDirs) throws Exception {
    var problems = new ArrayList<String>();
    try (var loader =
            new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()},
                TestReportCheck.class.getClassLoader());
        var files = Files.walk(classes)) {
      for (var file : files.filter(TestReportCheck::isTestClassFile).toList()) {
        var name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (Modifier.isAbstract(loader.loadClass(name).getModifiers())) {
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
