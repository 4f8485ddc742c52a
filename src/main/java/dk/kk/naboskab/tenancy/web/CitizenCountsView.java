package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import dk.kk.naboskab.tenancy.application.CitizenCounts;
import dk.kk.naboskab.tenancy.domain.CitizenCountFile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The coordinator's monthly count: a month's grid of the unit's home-support workers to type into,
 * and the case system's file to import. Both store everything or nothing; what was typed stays in
 * the grid when a rule refuses it.
 */
@Named
@ViewScoped
public class CitizenCountsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "counts";
  private static final String IMPORT = "import";

  /** The most a file may weigh: a few hundred lines are a few kilobytes. */
  public static final long MAX_FILE_BYTES = 1_048_576;

  /** The most faults listed; the rest are counted. */
  static final int FAULTS_SHOWN = 50;

  @Inject CitizenCounts counts;

  private List<YearMonth> months;
  private YearMonth month;
  private List<Row> rows = List.of();
  private List<String> faults = List.of();
  private int moreFaults;

  /** A worker's line in the grid, bound to its inputs. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CitizenCounts.WorkerMonth worker;
    private Integer sharePercent;
    private Integer ownHome;
    private Integer residential;

    Row(CitizenCounts.WorkerMonth worker) {
      this.worker = worker;
      this.sharePercent =
          worker.ownHomeShare().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
      this.ownHome = worker.ownHome();
      this.residential = worker.residential();
    }

    public CitizenCounts.WorkerMonth getWorker() {
      return worker;
    }

    public Integer getSharePercent() {
      return sharePercent;
    }

    public void setSharePercent(Integer sharePercent) {
      this.sharePercent = sharePercent;
    }

    public Integer getOwnHome() {
      return ownHome;
    }

    public void setOwnHome(Integer ownHome) {
      this.ownHome = ownHome;
    }

    public Integer getResidential() {
      return residential;
    }

    public void setResidential(Integer residential) {
      this.residential = residential;
    }

    /** The share as stored: the worker's own while the percentage shown is unchanged. */
    BigDecimal share() {
      if (sharePercent == null) {
        return null;
      }
      var shown =
          worker.ownHomeShare().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
      return sharePercent == shown
          ? worker.ownHomeShare()
          : BigDecimal.valueOf(sharePercent).movePointLeft(2);
    }
  }

  @PostConstruct
  void init() {
    months = counts.months();
    // The month just ended: a month is counted when it is over.
    month = months.get(1);
    load();
  }

  /** Shows the chosen month. */
  public void show() {
    load();
  }

  private void load() {
    rows = new ArrayList<>(counts.month(month).stream().map(Row::new).toList());
  }

  /** Stores the grid for the month. */
  public void save() {
    try {
      var stored =
          counts.save(
              month,
              rows.stream()
                  .map(
                      r ->
                          new CitizenCounts.Entry(
                              r.worker.workerId(), r.share(), r.ownHome, r.residential))
                  .toList());
      load();
      Forms.info("citizenCount.saved", monthLabel(month), stored);
    } catch (RuleViolation e) {
      Forms.formError(FORM, e.messageKey(), e.arguments().toArray());
    }
  }

  /** Imports the case system's file the coordinator chose; nothing is stored if a line is wrong. */
  public void importFile(FileUploadEvent event) throws IOException {
    faults = List.of();
    moreFaults = 0;
    var file = event.getFile();
    if (file.getSize() > MAX_FILE_BYTES) {
      Forms.formError(IMPORT, "citizenCount.import.tooLarge");
      return;
    }
    String text;
    try (var in = file.getInputStream()) {
      text = decode(in.readNBytes((int) MAX_FILE_BYTES + 1));
    }
    if (text == null) {
      Forms.formError(IMPORT, "citizenCount.import.notText");
      return;
    }
    var imported = counts.importFile(text);
    if (!imported.isStored()) {
      var locale = LanguageView.current();
      var problems = imported.problems();
      faults =
          problems.stream()
              .limit(FAULTS_SHOWN)
              .map(
                  (CitizenCountFile.Problem p) ->
                      Messages.text(locale, p.messageKey(), p.arguments()))
              .toList();
      moreFaults = Math.max(0, problems.size() - FAULTS_SHOWN);
      Forms.formError(IMPORT, "citizenCount.import.refused", problems.size());
      return;
    }
    load();
    Forms.info(
        "citizenCount.import.done",
        imported.added() + imported.replaced(),
        imported.added(),
        imported.replaced());
  }

  /**
   * The file's text: UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252 as
   * Danish Excel saves "CSV"; null for bytes that are no text at all.
   */
  static String decode(byte[] bytes) {
    for (var charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
      try {
        var text =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        if (text.indexOf('\0') >= 0) {
          return null;
        }
        return text;
      } catch (CharacterCodingException e) {
        // try the next
      }
    }
    return null;
  }

  /** "november 2026" in the reader's language. */
  public String monthLabel(YearMonth m) {
    return m.format(DateTimeFormatter.ofPattern("LLLL yyyy", LanguageView.current()));
  }

  public List<YearMonth> getMonths() {
    return months;
  }

  public YearMonth getMonth() {
    return month;
  }

  /** The chosen month as the menu carries it ("2026-11"); only a month on offer is taken. */
  public String getMonthKey() {
    return month.toString();
  }

  public void setMonthKey(String key) {
    months.stream().filter(m -> m.toString().equals(key)).findFirst().ifPresent(m -> month = m);
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<String> getFaults() {
    return faults;
  }

  public int getMoreFaults() {
    return moreFaults;
  }

  public long getMaxFileBytes() {
    return MAX_FILE_BYTES;
  }
}
