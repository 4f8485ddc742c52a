package dk.kk.naboskab.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.primefaces.component.export.CSVOptions;
import org.primefaces.component.export.ExcelOptions;

/**
 * How the figures tables' PrimeFaces exports are written, the same way as {@link TableDownload}:
 * CSV as Danish Excel opens it (semicolons, decimal comma) and workbooks with numbers as numbers.
 */
@Named
@ApplicationScoped
public class FigureExport {
  private static final Locale DANISH = Locale.forLanguageTag("da");

  public CSVOptions getCsv() {
    return CSVOptions.EXCEL_NORTHERN_EUROPE;
  }

  public ExcelOptions getExcel() {
    var options = new ExcelOptions();
    options.setStronglyTypedCells(true);
    options.setNumberFormat(danishNumbers());
    options.setAutoSizeColumn(true);
    return options;
  }

  /** A decimal as Danish Excel reads it ("70,4"); empty for none. */
  public String decimal(Object value) {
    if (value == null) {
      return "";
    }
    var number = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return danishNumbers().format(number);
  }

  private static DecimalFormat danishNumbers() {
    var format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(DANISH));
    format.setParseBigDecimal(true);
    return format;
  }
}
