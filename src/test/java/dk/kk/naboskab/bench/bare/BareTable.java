package dk.kk.naboskab.bench.bare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare page's table: 25 rows of 8 columns from memory — what PrimeFaces on this Payara costs
 * with no database, no security and no portal (the floor the inbox is held to).
 */
@Named
@RequestScoped
public class BareTable {
  /** One row of eight columns. */
  public record Row(
      String id,
      String urgency,
      String filed,
      String tenant,
      String address,
      String association,
      String category,
      String status) {}

  private final List<Row> rows = new ArrayList<>();

  public BareTable() {
    for (var i = 0; i < 25; i++) {
      rows.add(
          new Row(
              "K-" + (1000 + i),
              i % 3 == 0 ? "Akut" : "Normal",
              "2026-11-" + (10 + i % 18),
              "Beboer " + i,
              "Vej " + i + ", 2300 København S",
              "Boligselskab " + (i % 4),
              "Kategori " + (i % 6),
              i % 2 == 0 ? "Ny" : "Kvitteret"));
    }
  }

  public List<Row> getRows() {
    return rows;
  }
}
