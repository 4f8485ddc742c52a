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
  /** One row of eight columns, read as bean properties: the cheapest way EL 5 reads anything. */
  public static final class Row {
    private final String[] cells;

    Row(String... cells) {
      this.cells = cells;
    }

    public String getId() {
      return cells[0];
    }

    public String getUrgency() {
      return cells[1];
    }

    public String getFiled() {
      return cells[2];
    }

    public String getTenant() {
      return cells[3];
    }

    public String getAddress() {
      return cells[4];
    }

    public String getAssociation() {
      return cells[5];
    }

    public String getCategory() {
      return cells[6];
    }

    public String getStatus() {
      return cells[7];
    }
  }

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
