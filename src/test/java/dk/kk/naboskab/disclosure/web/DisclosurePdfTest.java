package dk.kk.naboskab.disclosure.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.disclosure.application.Disclosures;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The disclosure's PDF, rendered from a report and read back: every part, in Danish. */
class DisclosurePdfTest {

  static Disclosures.Report report(boolean names) {
    var at = Instant.parse("2026-12-01T09:30:00Z");
    var tenant =
        new TenantRegister.DisclosedTenant(
            "Rejse Testesen",
            "120385-****",
            "11 22 33 44",
            "Sundholmsvej 10, 2. th",
            "Sundholm",
            "Boligselskabet Amagerhus",
            "Voksenenhed Amager",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 1),
            "supportTrack.SHORT_TERM",
            "consent.GIVEN",
            LocalDate.of(2026, 1, 5),
            null,
            null,
            List.of(
                new TenantRegister.DisclosedAssignment(
                    "Bo Lindholm", "workerType.HOUSING_ADVISOR", LocalDate.of(2026, 2, 1), null)),
            List.of(
                new TenantRegister.DisclosedHistory(
                    at, "history.CORRECTED", null, null, null, null, null, "karin")));
    var concern =
        new ConcernReading.DisclosedConcern(
            "c-1",
            "Støj og naboklager",
            "urgency.URGENT",
            "concernStatus.ACKNOWLEDGED",
            "Hanne Kjærgaard",
            at,
            null,
            "Opgang B",
            "Høj musik hver nat.",
            "Bo Lindholm",
            List.of(
                new ConcernReading.DisclosedEntry(
                    at,
                    "Hanne Kjærgaard",
                    "event.FILED",
                    null,
                    false,
                    List.of("trappe.png (12 kB)")),
                new ConcernReading.DisclosedEntry(
                    at, "Bo Lindholm", "event.NOTE", "Borgeren er indlagt.", true, List.of())));
    var reads =
        List.of(
            new Disclosures.Read(
                at,
                names ? "hanne" : null,
                "role.housing-staff",
                "Boligselskabet Amagerhus",
                "vores borger",
                "auditAction.READ_TENANT",
                "auditOutcome.SHOWN"),
            new Disclosures.Read(
                at.plusSeconds(60),
                names ? "karin" : null,
                "role.coordinator",
                "Voksenenhed Amager",
                "borgerside",
                "auditAction.READ_TENANT",
                "auditOutcome.SHOWN"));
    return new Disclosures.Report(
        at.plusSeconds(120),
        "role.coordinator",
        "Voksenenhed Amager",
        7L,
        tenant,
        List.of(concern),
        names,
        reads);
  }

  static String text(byte[] pdf) throws Exception {
    return dk.kk.naboskab.testsupport.PdfText.of(pdf);
  }

  @Test
  void everyPartIsThereInDanishAndTheReadersAreNamedOnlyUnderThePolicy() throws Exception {
    var pdf = DisclosurePdf.render(report(false), Locale.forLanguageTag("da"));
    var out = Path.of("target", "disclosure-sample.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    var text = text(pdf);
    Files.writeString(Path.of("target", "disclosure-sample.txt"), text);
    for (var expected :
        List.of(
            "Indsigt i oplysninger om Rejse Testesen",
            "Dine oplysninger i registret",
            "Sundholmsvej 10, 2. th",
            "Bo Lindholm",
            "Støj og naboklager",
            "Borgeren er indlagt.",
            "Intern note i kommunen",
            "trappe.png",
            "Hvem har set dine oplysninger",
            "Boligselskabsmedarbejder",
            "vores borger",
            "borgerside",
            "Koordinator")) {
      assertTrue(text.contains(expected), expected + " in:\n" + text);
    }
    var reads = text.substring(text.indexOf("Hvem har set dine oplysninger"));
    assertFalse(reads.contains("hanne"), reads);

    var named = text(DisclosurePdf.render(report(true), Locale.forLanguageTag("da")));
    assertTrue(named.substring(named.indexOf("Hvem har set")).contains("hanne"), named);
  }
}
