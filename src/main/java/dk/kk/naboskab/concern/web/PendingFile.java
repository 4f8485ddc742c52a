package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.Upload;
import dk.kk.naboskab.shared.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.UnaryOperator;

/**
 * A file chosen in a form and not yet sent: on the server's disk (readable by the server's user
 * alone), not in the session — the form's state holds its name, place and size only. Deleted when
 * it is sent, removed, or the page is left.
 */
public final class PendingFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final String path;
  private final int size;

  private PendingFile(String fileName, Path path, int size) {
    this.fileName = fileName;
    this.path = path.toString();
    this.size = size;
  }

  /**
   * Streams the upload to a temporary file, then lets {@code clean} check and clean its content
   * (e.g. re-draw an image) and keeps what it returns.
   *
   * @throws RuleViolation whatever {@code clean} refuses; nothing is kept then
   */
  public static PendingFile store(
      String fileName, InputStream content, UnaryOperator<byte[]> clean) {
    Path file = null;
    try {
      file =
          Files.createTempFile(
              "naboskab-upload-",
              ".part",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      var cleaned = clean.apply(Files.readAllBytes(file));
      Files.write(file, cleaned);
      return new PendingFile(fileName, file, cleaned.length);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /**
   * The file as the service takes it.
   *
   * @throws RuleViolation on {@code attachments} when it is gone (e.g. the server restarted)
   */
  public Upload toUpload() {
    try {
      return new Upload(fileName, Files.readAllBytes(Path.of(path)));
    } catch (IOException e) {
      throw new RuleViolation("attachments", "attachment.gone", fileName);
    }
  }

  public void delete() {
    delete(Path.of(path));
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file the system cleans up in time; nothing a user can do about it.
      }
    }
  }

  public String fileName() {
    return fileName;
  }

  public int size() {
    return size;
  }

  /** The size as the page shows it, in whole kilobytes (at least 1). */
  public String sizeLabel() {
    return Math.max(1, (size + 1023) / 1024) + " kB";
  }
}
