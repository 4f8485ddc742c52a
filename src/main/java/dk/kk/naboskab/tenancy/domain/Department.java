package dk.kk.naboskab.tenancy.domain;

import dk.kk.naboskab.shared.RuleViolation;
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

/** One estate (afdeling) of an association, in a district that decides which unit covers it. */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "department")
public class Department {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "association_id")
  private HousingAssociation association;

  @Column(nullable = false, length = 20)
  private String number;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(name = "postal_code", nullable = false, length = 4)
  private String postalCode;

  @Column(nullable = false, length = 60)
  private String city;

  @Column(nullable = false)
  private int flats;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "district_id")
  private District district;

  @Version private int version;

  protected Department() {}

  public Department(
      HousingAssociation association,
      String number,
      String name,
      String address,
      String postalCode,
      String city,
      int flats,
      District district) {
    this.association = association;
    change(number, name, address, postalCode, city, flats, district);
  }

  public Long getId() {
    return id;
  }

  public HousingAssociation getAssociation() {
    return association;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public int getFlats() {
    return flats;
  }

  public District getDistrict() {
    return district;
  }

  /** The adult unit that covers this department, through its district. */
  public Unit coveringUnit() {
    return district.getUnit();
  }

  public void change(
      String number,
      String name,
      String address,
      String postalCode,
      String city,
      int flats,
      District district) {
    if (flats < 0) {
      throw new RuleViolation("flats", "department.flats");
    }
    this.number = number;
    this.name = name;
    this.address = address;
    this.postalCode = postalCode;
    this.city = city;
    this.flats = flats;
    this.district = district;
  }

  public int getVersion() {
    return version;
  }
}
