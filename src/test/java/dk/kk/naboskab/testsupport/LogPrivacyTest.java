package dk.kk.naboskab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan must see a name or a CPR number where one is, and nothing where none is. */
class LogPrivacyTest {
  @Test
  void aNameOrCprNumberInALogLineIsFoundWithItsPlace(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("node1.log"),
        "[INFO] concern filed\n[SEVERE] could not route Rejse Testesen's concern\n"
            + "[INFO] cpr 120385-1234 looked up\n");
    Files.writeString(dir.resolve("ignored.txt"), "Testesen");
    assertEquals(
        List.of(
            "node1.log:2 holds \"Rejse Testesen\"",
            "node1.log:2 holds \"Testesen\"",
            "node1.log:3 holds \"120385-1234\""),
        LogPrivacy.linesHolding(List.of(dir), LogPrivacy.PERSONAL));
  }

  @Test
  void aCleanLogHoldsNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-output.txt"), "[INFO] concern 7f3c… filed by hanne\n");
    assertEquals(List.of(), LogPrivacy.linesHolding(List.of(dir), LogPrivacy.PERSONAL));
  }
}
