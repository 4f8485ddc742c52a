package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A download never hands a spreadsheet a formula someone typed into the portal. */
class TableDownloadTest {

  @Test
  void textThatASpreadsheetWouldRunIsWrittenAsText() {
    assertEquals("'=HYPERLINK(\"x\")", TableDownload.inert("=HYPERLINK(\"x\")"));
    assertEquals("'+45 12 34", TableDownload.inert("+45 12 34"));
    assertEquals("'-1+1", TableDownload.inert("-1+1"));
    assertEquals("'@SUM(A1)", TableDownload.inert("@SUM(A1)"));
    assertEquals("'\tx", TableDownload.inert("\tx"));
  }

  @Test
  void ordinaryTextIsLeftAsItIs() {
    assertEquals("Boligselskabet Amagerhus", TableDownload.inert("Boligselskabet Amagerhus"));
    assertEquals("< 5", TableDownload.inert("< 5"));
    assertEquals("", TableDownload.inert(""));
  }
}
