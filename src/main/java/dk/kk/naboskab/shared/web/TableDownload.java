package dk.kk.naboskab.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way a table of figures leaves the portal: CSV the way Danish Excel opens it (semicolons,
 * a byte-order mark, decimal comma) or an Excel workbook with numbers as numbers. Cells are strings
 * or numbers; null is an empty cell. A text cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @ or a tab) is written with a leading apostrophe, so a name typed into
 * the portal can never run in the reader's Excel (CSV injection).
 */
public final class TableDownload {
  private TableDownload() {}

  /** A table to download: the file's name without extension, the sheet's, the header, the rows. */
  public record Table(
      String fileName, String sheet, List<String> header, List<List<Object>> rows) {}

  /** The header of a table: its columns' message keys in the reader's language. */
  public static List<String> headers(java.util.Locale locale, String... keys) {
    return java.util.Arrays.stream(keys)
        .map(k -> dk.kk.naboskab.shared.Messages.text(locale, k))
        .toList();
  }

  /** A row's cells; a null is an empty cell. */
  public static List<Object> cells(Object... values) {
    return java.util.Arrays.asList(values);
  }

  /** The table as CSV, or as a workbook when {@code format} is "xlsx"; ends the response. */
  public static void send(Table table, String format) {
    if ("xlsx".equals(format)) {
      xlsx(table.fileName(), table.sheet(), table.header(), table.rows());
    } else {
      csv(table.fileName(), table.header(), table.rows());
    }
  }

  /** Writes the table as CSV and ends the response. */
  public static void csv(String fileName, List<String> header, List<List<Object>> rows) {
    var csv = new StringBuilder("\uFEFF");
    csv.append(String.join(";", header.stream().map(TableDownload::quote).toList())).append("\r\n");
    for (var row : rows) {
      csv.append(
              String.join(
                  ";",
                  row.stream()
                      .map(
                          c ->
                              c == null
                                  ? ""
                                  : c instanceof Number n ? number(n) : quote(c.toString()))
                      .toList()))
          .append("\r\n");
    }
    send(
        fileName + ".csv",
        "text/csv; charset=UTF-8",
        out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes the table as an Excel workbook (one sheet) and ends the response. */
  public static void xlsx(
      String fileName, String sheet, List<String> header, List<List<Object>> rows) {
    send(
        fileName + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out -> {
          try (var workbook = new XSSFWorkbook()) {
            var s =
                workbook.createSheet(
                    org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheet));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var first = s.createRow(0);
            for (var i = 0; i < header.size(); i++) {
              var cell = first.createCell(i);
              cell.setCellValue(header.get(i));
              cell.setCellStyle(bold);
            }
            for (var r = 0; r < rows.size(); r++) {
              var row = s.createRow(r + 1);
              var values = rows.get(r);
              for (var i = 0; i < values.size(); i++) {
                var value = values.get(i);
                if (value instanceof Number n) {
                  row.createCell(i).setCellValue(n.doubleValue());
                } else if (value != null) {
                  row.createCell(i).setCellValue(value.toString());
                }
              }
            }
            s.createFreezePane(1, 1);
            s.setColumnWidth(0, 40 * 256);
            workbook.write(out);
          }
        });
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void send(String fileName, String contentType, Body body) {
    var context = FacesContext.getCurrentInstance();
    var response = (HttpServletResponse) context.getExternalContext().getResponse();
    response.reset();
    // Tells the page's download monitor the file is on its way (PrimeFaces.monitorDownload).
    var root = context.getExternalContext().getRequestContextPath();
    org.primefaces.util.ResourceUtils.addResponseCookie(
        context,
        org.primefaces.util.ResourceUtils.getMonitorKeyCookieName(context, null),
        "true",
        // PrimeFaces adds its own properties to the map: it must be one that takes them.
        new java.util.HashMap<>(java.util.Map.of("path", root.isEmpty() ? "/" : root)));
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try {
      body.write(response.getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Danish Excel reads a decimal comma. */
  private static String number(Number n) {
    return n.toString().replace('.', ',');
  }

  private static String quote(String value) {
    return "\"" + inert(value).replace("\"", "\"\"") + "\"";
  }

  /** Text a spreadsheet would take for a formula, made plain text. */
  static String inert(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
