package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a concern may carry — images and PDFs — told apart by their first bytes, never by the
 * name or the browser's claim. A file whose name says one type and whose content is another is
 * refused: it is not what it says it is.
 */
public enum AttachmentType {
  PDF("application/pdf", List.of("pdf")),
  PNG("image/png", List.of("png")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  GIF("image/gif", List.of("gif")),
  WEBP("image/webp", List.of("webp"));

  /** The largest file a concern may carry: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String contentType;
  private final List<String> extensions;

  AttachmentType(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The type of this content, checked against the file's name and size.
   *
   * @throws RuleViolation on {@code attachments}: empty, too big, not an image or PDF, or not what
   *     its name says
   */
  public static AttachmentType check(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new RuleViolation("attachments", "attachment.empty", fileName);
    }
    if (content.length > MAX_BYTES) {
      throw new RuleViolation(
          "attachments", "attachment.tooBig", fileName, MAX_BYTES / 1024 / 1024);
    }
    var detected =
        detect(content)
            .orElseThrow(() -> new RuleViolation("attachments", "attachment.type", fileName));
    var extension = extension(fileName);
    if (!detected.extensions.contains(extension)) {
      throw new RuleViolation("attachments", "attachment.mismatch", fileName);
    }
    return detected;
  }

  /**
   * The content as the portal stores it: an image made again from its pixels (no EXIF, no GPS,
   * nothing appended), a PDF as it came.
   *
   * @throws RuleViolation on {@code attachments} for an image that cannot be read
   */
  public byte[] clean(String fileName, byte[] content) {
    return CleanImage.of(this, fileName, content);
  }

  /** The type the first bytes show, if any of ours. */
  public static Optional<AttachmentType> detect(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(GIF);
    }
    if (content.length >= 12
        && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
        && Arrays.equals(
            Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
  }

  private static String extension(String fileName) {
    var dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
