package dk.kk.naboskab.concern.domain;

import dk.kk.naboskab.shared.RuleViolation;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * An image as the portal stores it: made again from its pixels, so nothing else the file carried
 * survives — no EXIF (a phone photo's GPS position, the camera, the time), no comments, nothing
 * appended after the image. A photo's EXIF orientation is applied to the pixels first, so it still
 * stands the right way up. WebP, which the platform cannot decode, is rebuilt from its own chunks
 * without the EXIF and XMP ones. An image that cannot be read is refused.
 */
final class CleanImage {
  private static final float JPEG_QUALITY = 0.9f;

  private CleanImage() {}

  static byte[] of(AttachmentType type, String fileName, byte[] content) {
    return switch (type) {
      case PDF -> content;
      case PNG -> redraw(fileName, content, "png", 1);
      case GIF -> redraw(fileName, content, "gif", 1);
      case JPEG -> redraw(fileName, content, "jpeg", jpegOrientation(content));
      case WEBP -> webpWithoutMetadata(fileName, content);
    };
  }

  private static byte[] redraw(String fileName, byte[] content, String format, int orientation) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw unreadable(fileName);
    }
    image = upright(toRgbIfJpeg(image, format), orientation);
    try {
      var out = new ByteArrayOutputStream(content.length);
      if (format.equals("jpeg")) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(JPEG_QUALITY);
        try (var stream = ImageIO.createImageOutputStream(out)) {
          writer.setOutput(stream);
          writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
          writer.dispose();
        }
      } else if (!ImageIO.write(image, format, out)) {
        throw unreadable(fileName);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw unreadable(fileName);
    }
  }

  private static BufferedImage toRgbIfJpeg(BufferedImage image, String format) {
    if (!format.equals("jpeg") || image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var graphics = rgb.createGraphics();
    graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    graphics.dispose();
    return rgb;
  }

  /** Turns the pixels as EXIF orientation 1–8 says the camera was held. */
  static BufferedImage upright(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    // new AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x +
    // m11 y + m12 — each maps the stored pixels to where the camera saw them.
    var transform =
        switch (orientation) {
          case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
          case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
          case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored, upside down
          case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored, turned
          case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter clockwise
          case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored, turned
          default -> new AffineTransform(0, -1, 1, 0, 0, w); // a quarter anticlockwise
        };
    var turned = orientation >= 5;
    var target = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
    new AffineTransformOp(transform, AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
        .filter(toRgbIfJpeg(image, "jpeg"), target);
    return target;
  }

  /** The EXIF orientation (1–8) of a JPEG, or 1 when it has none. */
  static int jpegOrientation(byte[] jpeg) {
    var i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      var marker = jpeg[i + 1] & 0xFF;
      var length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (marker == 0xDA || length < 2) {
        break;
      }
      var start = i + 4;
      if (marker == 0xE1
          && start + 14 <= jpeg.length
          && new String(jpeg, start, 4, StandardCharsets.US_ASCII).equals("Exif")) {
        return tiffOrientation(jpeg, start + 6, Math.min(jpeg.length, i + 2 + length));
      }
      i += 2 + length;
    }
    return 1;
  }

  private static int tiffOrientation(byte[] data, int tiff, int end) {
    try {
      var buffer = ByteBuffer.wrap(data, 0, end);
      buffer.order(data[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      var ifd = tiff + buffer.getInt(tiff + 4);
      int entries = buffer.getShort(ifd) & 0xFFFF;
      for (var e = 0; e < entries; e++) {
        var entry = ifd + 2 + e * 12;
        if ((buffer.getShort(entry) & 0xFFFF) == 0x0112) {
          return buffer.getShort(entry + 8) & 0xFFFF;
        }
      }
    } catch (IndexOutOfBoundsException e) {
      // A damaged EXIF block: the photo is kept as its pixels stand.
    }
    return 1;
  }

  /**
   * A WebP rebuilt from its RIFF chunks without EXIF and XMP, with the extended header's flags for
   * them cleared, and without anything after the RIFF's stated length.
   */
  static byte[] webpWithoutMetadata(String fileName, byte[] content) {
    if (content.length < 20) {
      throw unreadable(fileName);
    }
    var in = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    var riffEnd = 8L + Integer.toUnsignedLong(in.getInt(4));
    if (riffEnd > content.length) {
      throw unreadable(fileName);
    }
    var out = new ByteArrayOutputStream(content.length);
    out.write(content, 0, 12);
    var position = 12;
    var image = false;
    while (position + 8 <= riffEnd) {
      var fourcc = new String(content, position, 4, StandardCharsets.US_ASCII);
      var size = Integer.toUnsignedLong(in.getInt(position + 4));
      var next = position + 8 + size + (size % 2);
      if (position + 8 + size > riffEnd) {
        throw unreadable(fileName);
      }
      if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
        var chunk = Arrays.copyOfRange(content, position, (int) Math.min(next, riffEnd));
        if (fourcc.equals("VP8X") && chunk.length > 8) {
          chunk[8] &= (byte) ~0x0C;
        }
        image |= fourcc.startsWith("VP8");
        out.write(chunk, 0, chunk.length);
      }
      position = (int) next;
    }
    if (!image) {
      throw unreadable(fileName);
    }
    var cleaned = out.toByteArray();
    ByteBuffer.wrap(cleaned).order(ByteOrder.LITTLE_ENDIAN).putInt(4, cleaned.length - 8);
    return cleaned;
  }

  private static RuleViolation unreadable(String fileName) {
    return new RuleViolation("attachments", "attachment.unreadable", fileName);
  }
}
