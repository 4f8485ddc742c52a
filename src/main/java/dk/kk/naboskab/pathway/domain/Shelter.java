package dk.kk.naboskab.pathway.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A §110 shelter (herberg, forsorgshjem): its staff sign in with its code as their claim. */
@Cacheable
@Entity
@Table(name = "shelter")
public class Shelter {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 200)
  private String address;

  @Column(nullable = false)
  private int places;

  @Version private int version;

  protected Shelter() {}

  public Shelter(String code, String name, String address, int places) {
    this.code = code;
    this.name = name;
    this.address = address;
    this.places = places;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public int getPlaces() {
    return places;
  }
}
