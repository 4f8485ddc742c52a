package dk.kk.naboskab.concern.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PendingFileTest {
  private static long temporaryFiles() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("naboskab-upload-")).count();
    }
  }

  @Test
  void aChosenFileWaitsOnDiskCleanedUntilSentOrRemoved() throws IOException {
    var file =
        PendingFile.store(
            "a.png", new ByteArrayInputStream(new byte[] {1, 2, 3}), bytes -> new byte[] {9});

    var upload = file.toUpload();

    assertArrayEquals(new byte[] {9}, upload.content(), "what the cleaning returned is kept");
    assertEquals(1, file.size());
    file.delete();
    var gone = assertThrows(RuleViolation.class, file::toUpload);
    assertEquals("attachment.gone", gone.messageKey());
  }

  @Test
  void aRefusedFileLeavesNothingBehind() throws IOException {
    var before = temporaryFiles();

    assertThrows(
        RuleViolation.class,
        () ->
            PendingFile.store(
                "b.png",
                new ByteArrayInputStream(new byte[] {1}),
                bytes -> {
                  throw new RuleViolation("attachments", "attachment.unreadable", "b.png");
                }));

    assertEquals(before, temporaryFiles());
  }
}
