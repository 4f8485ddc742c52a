package dk.kk.naboskab.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real, small images for tests, and the kinds of extras a phone or a forger adds to them. */
public final class TestImages {
  /** A marker that stands for a GPS position in a photo's EXIF. */
  public static final String GPS_MARKER = "GPS 55.6761N 12.5683E";

  private TestImages() {}

  /** A 4 × 3 pixel PNG. */
  public static byte[] png() {
    return write(image(4, 3), "png");
  }

  /** A 6 × 2 pixel JPEG (wider than tall) with an EXIF block saying "orientation 6" and a GPS. */
  public static byte[] jpegFromAPhoneHeldUpright() {
    var jpeg = write(image(6, 2), "jpeg");
    var exif = exif(6, GPS_MARKER);
    var out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    out.write((exif.length + 2) >> 8);
    out.write((exif.length + 2) & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** The bytes with something appended after the image's end. */
  public static byte[] withTrailer(byte[] image, String trailer) {
    var tail = trailer.getBytes(StandardCharsets.US_ASCII);
    var out = new byte[image.length + tail.length];
    System.arraycopy(image, 0, out, 0, image.length);
    System.arraycopy(tail, 0, out, image.length, tail.length);
    return out;
  }

  /** A WebP container (VP8L chunk) with an EXIF chunk holding a GPS marker. */
  public static byte[] webpWithExif() {
    var vp8l = chunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0});
    var exif = chunk("EXIF", GPS_MARKER.getBytes(StandardCharsets.US_ASCII));
    var vp8x = chunk("VP8X", new byte[] {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    var body = new ByteArrayOutputStream();
    body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(vp8x);
    body.writeBytes(vp8l);
    body.writeBytes(exif);
    var riff = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(body.size())
        .put(body.toByteArray());
    return riff.array();
  }

  private static byte[] chunk(String fourcc, byte[] data) {
    var buffer =
        ByteBuffer.allocate(8 + data.length + data.length % 2).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return buffer.array();
  }

  /** "Exif\0\0", a big-endian TIFF header, IFD0 with Orientation and an ImageDescription. */
  private static byte[] exif(int orientation, String description) {
    var text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
    var buffer = ByteBuffer.allocate(6 + 8 + 2 + 2 * 12 + 4 + text.length);
    buffer.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    buffer.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
    buffer.putShort((short) 2);
    buffer.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    buffer.putShort((short) 0);
    buffer.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 24 + 4);
    buffer.putInt(0);
    buffer.put(text);
    return buffer.array();
  }

  private static BufferedImage image(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (var x = 0; x < width; x++) {
      for (var y = 0; y < height; y++) {
        image.setRGB(x, y, x == 0 && y == 0 ? 0xFF0000 : 0x3366AA);
      }
    }
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
