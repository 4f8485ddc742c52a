package dk.kk.naboskab.concern.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.testsupport.TestImages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CleanImageTest {
  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Test
  void aPhonePhotoLosesItsExifAndGpsButStandsTheRightWayUp() throws Exception {
    var photo = TestImages.jpegFromAPhoneHeldUpright();
    assertTrue(latin1(photo).contains(TestImages.GPS_MARKER), "the test photo carries a position");
    assertEquals(6, CleanImage.jpegOrientation(photo));

    var cleaned = AttachmentType.JPEG.clean("foto.jpg", photo);

    assertFalse(latin1(cleaned).contains(TestImages.GPS_MARKER), "no position");
    assertFalse(latin1(cleaned).contains("Exif"), "no EXIF at all");
    var image = ImageIO.read(new ByteArrayInputStream(cleaned));
    assertEquals(2, image.getWidth(), "turned a quarter: 6 × 2 stored, 2 × 6 seen");
    assertEquals(6, image.getHeight());
  }

  @Test
  void whateverIsAppendedAfterAnImageIsGone() {
    var forged = TestImages.withTrailer(TestImages.png(), "<script>alert(1)</script>");

    var cleaned = AttachmentType.PNG.clean("trappe.png", forged);

    assertFalse(latin1(cleaned).contains("<script>"));
    assertEquals(AttachmentType.PNG, AttachmentType.detect(cleaned).orElseThrow());
  }

  @Test
  void aWebpKeepsItsPictureAndLosesItsExifAndTrailer() {
    var webp = TestImages.withTrailer(TestImages.webpWithExif(), "TRAILER");

    var cleaned = AttachmentType.WEBP.clean("foto.webp", webp);

    assertFalse(latin1(cleaned).contains(TestImages.GPS_MARKER));
    assertFalse(latin1(cleaned).contains("TRAILER"));
    assertTrue(latin1(cleaned).contains("VP8L"), "the picture stays");
    assertEquals(0, cleaned[20] & 0x0C, "the extended header no longer announces EXIF");
    assertEquals(
        cleaned.length - 8,
        java.nio.ByteBuffer.wrap(cleaned, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
  }

  @Test
  void anImageThatCannotBeReadIsRefusedOnTheField() {
    var onlyTheSignature = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1};

    var refused =
        assertThrows(
            RuleViolation.class, () -> AttachmentType.PNG.clean("trappe.png", onlyTheSignature));

    assertEquals("attachments", refused.field());
    assertEquals("attachment.unreadable", refused.messageKey());
  }

  @Test
  void aPdfIsKeptAsItCame() {
    var pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(pdf, AttachmentType.PDF.clean("notat.pdf", pdf));
  }
}
