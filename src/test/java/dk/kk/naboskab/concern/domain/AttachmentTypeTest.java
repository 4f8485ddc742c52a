package dk.kk.naboskab.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.naboskab.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void theTypeComesFromTheContent() {
    assertEquals(AttachmentType.PNG, AttachmentType.check("foto.PNG", PNG));
    assertEquals(AttachmentType.PDF, AttachmentType.check("brev.pdf", PDF));
    assertEquals(
        AttachmentType.JPEG,
        AttachmentType.check("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefused() {
    var refused = assertThrows(RuleViolation.class, () -> AttachmentType.check("foto.jpg", PDF));

    assertEquals("attachment.mismatch", refused.messageKey());
    assertEquals("attachments", refused.field());
  }

  @Test
  void aProgramCalledPdfIsNotAPdf() {
    var exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0};

    assertEquals(
        "attachment.type",
        assertThrows(RuleViolation.class, () -> AttachmentType.check("faktura.pdf", exe))
            .messageKey());
  }

  @Test
  void emptyAndOverTenMegabytesAreRefused() {
    assertEquals(
        "attachment.empty",
        assertThrows(RuleViolation.class, () -> AttachmentType.check("a.png", new byte[0]))
            .messageKey());
    var big = new byte[AttachmentType.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertEquals(
        "attachment.tooBig",
        assertThrows(RuleViolation.class, () -> AttachmentType.check("a.png", big)).messageKey());
    var exactly = new byte[AttachmentType.MAX_BYTES];
    System.arraycopy(PNG, 0, exactly, 0, PNG.length);
    assertEquals(AttachmentType.PNG, AttachmentType.check("a.png", exactly));
  }
}
