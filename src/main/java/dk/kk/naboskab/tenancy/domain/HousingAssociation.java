package dk.kk.naboskab.tenancy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A social-housing association (boligselskab); its code is the {@code association} claim. */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "housing_association")
@NamedQuery(
    name = HousingAssociation.BY_CODE,
    query = "select a from HousingAssociation a where a.code = :code")
public class HousingAssociation {
  public static final String BY_CODE = "HousingAssociation.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Version private int version;

  protected HousingAssociation() {}

  public HousingAssociation(String code, String name) {
    this.code = code;
    this.name = name;
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

  public void rename(String name) {
    this.name = name;
  }

  public int getVersion() {
    return version;
  }
}
