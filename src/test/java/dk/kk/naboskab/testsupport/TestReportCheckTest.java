package dk.kk.naboskab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportCheckTest {
  private static final String CLASS = "dk.kk.naboskab.testsupport.TestReportCheckTest";

  @TempDir Path temp;
  private Path classes;
  private Path reports;

  @BeforeEach
  void oneCompiledTestClass() throws Exception {
    classes = temp.resolve("classes");
    reports = temp.resolve("reports");
    Files.createDirectories(reports);
    var file = classes.resolve(CLASS.replace('.', '/') + ".class");
    Files.createDirectories(file.getParent());
    try (var in = TestReportCheckTest.class.getResourceAsStream("TestReportCheckTest.class")) {
      Files.copy(in, file);
    }
  }

  @Test
  void aTestClassWithoutReportRanNoTest() throws Exception {
    assertEquals(
        List.of(CLASS + " ran no test"), TestReportCheck.problems(classes, List.of(reports)));
  }

  @Test
  void aReportOfZeroTestsFails() throws Exception {
    report("tests=\"0\" skipped=\"0\"");
    assertEquals(
        List.of(CLASS + " ran no test"), TestReportCheck.problems(classes, List.of(reports)));
  }

  @Test
  void aClassWhoseTestsWereAllSkippedRanNoTest() throws Exception {
    report("tests=\"3\" skipped=\"3\"");
    assertEquals(
        List.of(CLASS + " ran no test"), TestReportCheck.problems(classes, List.of(reports)));
  }

  @Test
  void aClassThatRanTestsPasses() throws Exception {
    report("tests=\"3\" skipped=\"1\"");
    assertEquals(List.of(), TestReportCheck.problems(classes, List.of(reports)));
  }

  private void report(String counts) throws Exception {
    Files.writeString(
        reports.resolve("TEST-" + CLASS + ".xml"),
        "<?xml version=\"1.0\"?>\n<testsuite name=\""
            + CLASS
            + "\" "
            + counts
            + " failures=\"0\"></testsuite>");
  }
}
