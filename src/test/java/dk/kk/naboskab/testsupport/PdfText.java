package dk.kk.naboskab.testsupport;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as a reader gets it, read with PDFBox — another library than the one that wrote it
 * (OpenPDF), so a test cannot pass on the writer's own idea of its output.
 */
public final class PdfText {
  private PdfText() {}

  /** Every page's text in reading order. */
  public static String of(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      var stripper = new PDFTextStripper();
      return stripper.getText(document);
    }
  }
}
