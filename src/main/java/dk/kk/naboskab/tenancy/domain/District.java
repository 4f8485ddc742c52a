package dk.kk.naboskab.tenancy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district of the city and the adult unit that covers it. */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "district")
public class District {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String name;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Version private int version;

  protected District() {}

  public District(String name, Unit unit) {
    this.name = name;
    this.unit = unit;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Unit getUnit() {
    return unit;
  }

  public void change(String name, Unit unit) {
    this.name = name;
    this.unit = unit;
  }

  public int getVersion() {
    return version;
  }
}
