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

  @Test
  void aClassTheRunLeftOutIsNotMissed() throws Exception {
    var other = new TestReportCheck.Selection("SignedInTest,Role*", "", false, false);
    assertEquals(List.of(), TestReportCheck.problems(classes, List.of(reports), other));
  }

  @Test
  void aClassTheRunWasAskedForIsStillChecked() throws Exception {
    var selection =
        TestReportCheck.Selection.of(
            List.of("test=TestReport*#aReport*", "it.test=${it.test}", "skipITs=true"));
    assertEquals(
        List.of(CLASS + " ran no test"),
        TestReportCheck.problems(classes, List.of(reports), selection));
  }

  @Test
  void integrationTestsAreLeftUncheckedWhenTheRunSkipsThem() {
    var selection = TestReportCheck.Selection.of(List.of("skipITs=true", "it.test=${it.test}"));
    org.junit.jupiter.api.Assertions.assertFalse(selection.expects("dk.kk.naboskab.MailIT"));
    org.junit.jupiter.api.Assertions.assertTrue(selection.expects("dk.kk.naboskab.RoleTest"));
    var onlyMail = TestReportCheck.Selection.of(List.of("it.test=MailIT"));
    org.junit.jupiter.api.Assertions.assertTrue(onlyMail.expects("dk.kk.naboskab.x.MailIT"));
    org.junit.jupiter.api.Assertions.assertFalse(onlyMail.expects("dk.kk.naboskab.x.ConcernIT"));
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
