package dk.kk.naboskab.disclosure.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.kk.naboskab.disclosure.application.Disclosures;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The disclosure as a PDF in Danish (OpenPDF, ADR 23): a letter-like document the coordinator can
 * hand or send to the tenant. Texts from the portal's message bundle, so the words are the pages'.
 */
final class DisclosurePdf {
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
  private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
  private static final Font INTERNAL =
      FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8.5f, new Color(0x6b, 0x4e, 0x00));
  private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);

  private final ResourceBundle messages;
  private final DateTimeFormatter moment;
  private final DateTimeFormatter day;
  private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);

  private DisclosurePdf(Locale locale) {
    messages = ResourceBundle.getBundle("dk.kk.naboskab.web.messages", locale);
    moment = DateTimeFormatter.ofPattern("d. MMM yyyy 'kl.' HH:mm", locale).withZone(ZONE);
    day = DateTimeFormatter.ofPattern("d. MMM yyyy", locale);
  }

  static byte[] render(Disclosures.Report report, Locale locale) {
    return new DisclosurePdf(locale).write(report);
  }

  private byte[] write(Disclosures.Report report) {
    var out = new ByteArrayOutputStream();
    try {
      PdfWriter.getInstance(document, out);
      var t = report.tenant();
      document.addTitle(text("disclosure.title", t.name()));
      document.open();
      document.add(new Paragraph(text("disclosure.title", t.name()), TITLE));
      document.add(
          paragraph(
              text(
                  "disclosure.handedOut",
                  moment(report.generatedAt()),
                  key(report.generatedByRoleKey()),
                  blank(report.generatedByUnit())),
              BODY));
      document.add(paragraph(text("disclosure.intro"), BODY));

      heading("disclosure.register");
      var register = table(new float[] {1, 2});
      row(register, "tenant.name", t.name());
      row(register, "tenant.cpr", t.maskedCpr() + " " + text("disclosure.cprMasked"));
      row(register, "tenant.phone", blank(t.phone()));
      row(register, "tenant.address", t.address());
      row(register, "tenant.department", t.department());
      row(register, "tenant.association", t.association());
      row(register, "disclosure.unit", t.unit());
      row(register, "tenant.referralDate", day(t.referralDate()));
      row(register, "tenant.moveInDate", day(t.moveInDate()));
      row(register, "disclosure.supportTrack", key(t.supportTrackKey()));
      row(
          register,
          "tenant.consent",
          key(t.consentKey()) + (t.consentDate() == null ? "" : ", " + day(t.consentDate())));
      if (t.endDate() != null) {
        row(register, "disclosure.ended", day(t.endDate()) + ", " + key(t.endReasonKey()));
      }
      document.add(register);

      heading("disclosure.workers");
      if (t.assignments().isEmpty()) {
        document.add(paragraph(text("disclosure.none"), BODY));
      } else {
        var workers = table(new float[] {2, 2, 1, 1});
        header(
            workers, "disclosure.worker", "disclosure.role", "disclosure.from", "disclosure.until");
        for (var a : t.assignments()) {
          cells(workers, a.workerName(), key(a.roleKey()), day(a.from()), day(a.until()));
        }
        document.add(workers);
      }

      heading("history.title");
      var history = table(new float[] {1.2f, 3, 1.3f});
      header(history, "history.when", "history.what", "history.who");
      for (var h : t.history()) {
        cells(
            history,
            moment(h.at()),
            text(
                h.textKey(),
                blank(h.workerName()),
                h.roleKey() == null ? "" : key(h.roleKey()),
                day(h.day()),
                blank(h.otherName()),
                h.reasonKey() == null ? "" : key(h.reasonKey())),
            blank(h.actor()));
      }
      document.add(history);

      heading("disclosure.concerns");
      if (report.concerns().isEmpty()) {
        document.add(paragraph(text("disclosure.noConcerns"), BODY));
      }
      for (var c : report.concerns()) {
        document.add(
            paragraph(
                c.category() + " — " + moment(c.filedAt()) + " (" + key(c.statusKey()) + ")",
                SUBHEADING));
        var facts = table(new float[] {1, 3});
        row(facts, "concern.urgency", key(c.urgencyKey()));
        row(facts, "disclosure.filedBy", blank(c.filedByName()));
        row(facts, "disclosure.happenedAt", c.happenedAt() == null ? "" : moment(c.happenedAt()));
        row(facts, "disclosure.location", blank(c.location()));
        row(facts, "disclosure.description", blank(c.description()));
        row(facts, "concern.assignee", blank(c.assignee()));
        document.add(facts);
        var timeline = table(new float[] {1.2f, 1.4f, 1.2f, 3});
        header(timeline, "history.when", "history.what", "history.who", "disclosure.text");
        for (var e : c.timeline()) {
          var detail = new Phrase();
          if (e.text() != null) {
            detail.add(new Chunk(e.text(), SMALL));
          }
          if (!e.files().isEmpty()) {
            detail.add(
                new Chunk(
                    (e.text() == null ? "" : "\n")
                        + text("disclosure.files")
                        + " "
                        + String.join(", ", e.files()),
                    SMALL));
          }
          if (e.internal()) {
            detail.add(new Chunk("\n" + text("disclosure.internal"), INTERNAL));
          }
          timeline.addCell(cell(moment(e.occurredAt())));
          timeline.addCell(cell(key(e.kindKey())));
          timeline.addCell(cell(blank(e.actorName())));
          timeline.addCell(new PdfPCell(detail));
        }
        document.add(timeline);
      }

      heading("disclosure.reads");
      document.add(
          paragraph(
              text(report.readerNamesShown() ? "disclosure.readsNamed" : "disclosure.readsIntro"),
              BODY));
      var reads =
          report.readerNamesShown()
              ? table(new float[] {1.3f, 1, 1.8f, 1.6f, 1.1f, 1.2f, 0.8f})
              : table(new float[] {1.3f, 1.8f, 1.6f, 1.1f, 1.2f, 0.8f});
      if (report.readerNamesShown()) {
        header(
            reads,
            "readLog.when",
            "readLog.who",
            "readLog.role",
            "readLog.unit",
            "readLog.purpose",
            "readLog.action",
            "readLog.outcome");
      } else {
        header(
            reads,
            "readLog.when",
            "readLog.role",
            "readLog.unit",
            "readLog.purpose",
            "readLog.action",
            "readLog.outcome");
      }
      for (var r : report.reads()) {
        reads.addCell(cell(moment(r.at())));
        if (report.readerNamesShown()) {
          reads.addCell(cell(blank(r.readerName())));
        }
        reads.addCell(cell(r.roleKey() == null ? "" : key(r.roleKey())));
        reads.addCell(cell(blank(r.unit())));
        reads.addCell(cell(blank(r.purpose())));
        reads.addCell(cell(key(r.actionKey())));
        reads.addCell(cell(key(r.outcomeKey())));
      }
      document.add(reads);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the disclosure as PDF", e);
    }
    return out.toByteArray();
  }

  private void heading(String key) throws DocumentException {
    var heading = new Paragraph(text(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    heading.setKeepTogether(true);
    document.add(heading);
  }

  private static Paragraph paragraph(String text, Font font) {
    var paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  private static PdfPTable table(float[] widths) {
    var table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingAfter(8);
    table.setHeaderRows(0);
    return table;
  }

  private void header(PdfPTable table, String... keys) {
    for (var key : keys) {
      var cell = new PdfPCell(new Phrase(text(key), SMALL_BOLD));
      cell.setBackgroundColor(HEADER_FILL);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
  }

  private void row(PdfPTable table, String labelKey, String value) {
    var label = new PdfPCell(new Phrase(text(labelKey), SMALL_BOLD));
    label.setBackgroundColor(HEADER_FILL);
    table.addCell(label);
    table.addCell(cell(value));
  }

  private static void cells(PdfPTable table, String... values) {
    for (var value : values) {
      table.addCell(cell(value));
    }
  }

  private static PdfPCell cell(String value) {
    var cell = new PdfPCell(new Phrase(value == null ? "" : value, SMALL));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  private String text(String key, Object... arguments) {
    var pattern = messages.containsKey(key) ? messages.getString(key) : key;
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, messages.getLocale()).format(arguments);
  }

  private String key(String key) {
    return key == null ? "" : text(key);
  }

  private String moment(Instant instant) {
    return instant == null ? "" : moment.format(instant);
  }

  private String day(LocalDate date) {
    return date == null ? "" : day.format(date);
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
