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

/**
 * An adult unit (voksenenhed): owns workers and, through its housing-social team, a triage queue.
 */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "unit")
@NamedQuery(name = Unit.BY_CODE, query = "select u from Unit u where u.code = :code")
public class Unit {
  public static final String BY_CODE = "Unit.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "team_name", nullable = false, length = 120)
  private String teamName;

  @Column(name = "team_email", length = 200)
  private String teamEmail;

  @Column(name = "team_phone", length = 30)
  private String teamPhone;

  @Version private int version;

  protected Unit() {}

  public Unit(String code, String name, String teamName, String teamEmail) {
    this.code = code;
    this.name = name;
    this.teamName = teamName;
    this.teamEmail = teamEmail;
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

  public String getTeamName() {
    return teamName;
  }

  public String getTeamEmail() {
    return teamEmail;
  }

  /** The team's phone, which the association is given when it may not be told a worker's. */
  public String getTeamPhone() {
    return teamPhone;
  }

  public void setTeamPhone(String teamPhone) {
    this.teamPhone = teamPhone;
  }

  public void change(String name, String teamName, String teamEmail) {
    this.name = name;
    this.teamName = teamName;
    this.teamEmail = teamEmail;
  }

  public int getVersion() {
    return version;
  }
}
