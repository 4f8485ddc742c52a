package dk.kk.naboskab.tenancy.web;

import dk.kk.naboskab.tenancy.application.OrganisationForms.AssociationForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.DepartmentForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.DistrictForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.UnitForm;
import dk.kk.naboskab.tenancy.application.OrganisationForms.WorkerForm;
import dk.kk.naboskab.tenancy.domain.Department;
import dk.kk.naboskab.tenancy.domain.District;
import dk.kk.naboskab.tenancy.domain.HousingAssociation;
import dk.kk.naboskab.tenancy.domain.Unit;
import dk.kk.naboskab.tenancy.domain.Worker;
import dk.kk.naboskab.tenancy.domain.WorkerType;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What an administrator types on the organisation page: one typed object for the five parts' forms
 * (each uses its own fields), turned into the part's form record when saved. A new row has no id.
 */
public class OrganisationDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;
  private String code;
  private String name;
  private String teamName;
  private String teamPhone;
  private String teamEmail;
  private Long unitId;
  private Long associationId;
  private String number;
  private String address;
  private String postalCode;
  private String city;
  private Integer flats;
  private Long districtId;
  private String username;
  private String phone;
  private String email;
  private WorkerType type;
  private BigDecimal fte;
  private boolean active;

  /** A new row of a part: a worker starts active and full-time. */
  public static OrganisationDraft blank(String part) {
    var draft = new OrganisationDraft();
    if ("workers".equals(part)) {
      draft.active = true;
      draft.fte = BigDecimal.ONE;
    }
    return draft;
  }

  /** A row as stored, to change. */
  public static OrganisationDraft of(Object row) {
    var d = new OrganisationDraft();
    if (row instanceof Unit u) {
      d.id = u.getId();
      d.version = u.getVersion();
      d.code = u.getCode();
      d.name = u.getName();
      d.teamName = u.getTeamName();
      d.teamPhone = u.getTeamPhone();
      d.teamEmail = u.getTeamEmail();
    } else if (row instanceof District district) {
      d.id = district.getId();
      d.version = district.getVersion();
      d.name = district.getName();
      d.unitId = district.getUnit().getId();
    } else if (row instanceof HousingAssociation a) {
      d.id = a.getId();
      d.version = a.getVersion();
      d.code = a.getCode();
      d.name = a.getName();
    } else if (row instanceof Department department) {
      d.id = department.getId();
      d.version = department.getVersion();
      d.associationId = department.getAssociation().getId();
      d.number = department.getNumber();
      d.name = department.getName();
      d.address = department.getAddress();
      d.postalCode = department.getPostalCode();
      d.city = department.getCity();
      d.flats = department.getFlats();
      d.districtId = department.getDistrict().getId();
    } else if (row instanceof Worker w) {
      d.id = w.getId();
      d.version = w.getVersion();
      d.username = w.getUsername();
      d.name = w.getName();
      d.phone = w.getPhone();
      d.email = w.getEmail();
      d.type = w.getType();
      d.unitId = w.getUnit().getId();
      d.fte = w.getFte();
      d.active = w.isActive();
    } else {
      throw new IllegalArgumentException("not a part of the organisation: " + row);
    }
    return d;
  }

  /** The part's form record, for validation and the service. */
  public Object toForm(String part) {
    return switch (part) {
      case "districts" -> new DistrictForm(id, version, name, unitId);
      case "associations" -> new AssociationForm(id, version, code, name);
      case "departments" ->
          new DepartmentForm(
              id,
              version,
              associationId,
              number,
              name,
              address,
              postalCode,
              city,
              flats,
              districtId);
      case "workers" ->
          new WorkerForm(id, version, username, name, phone, email, type, unitId, fte, active);
      default -> new UnitForm(id, version, code, name, teamName, teamEmail, teamPhone);
    };
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTeamPhone() {
    return teamPhone;
  }

  public void setTeamPhone(String teamPhone) {
    this.teamPhone = teamPhone;
  }

  public String getTeamName() {
    return teamName;
  }

  public void setTeamName(String teamName) {
    this.teamName = teamName;
  }

  public String getTeamEmail() {
    return teamEmail;
  }

  public void setTeamEmail(String teamEmail) {
    this.teamEmail = teamEmail;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getAssociationId() {
    return associationId;
  }

  public void setAssociationId(Long associationId) {
    this.associationId = associationId;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Integer getFlats() {
    return flats;
  }

  public void setFlats(Integer flats) {
    this.flats = flats;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public WorkerType getType() {
    return type;
  }

  public void setType(WorkerType type) {
    this.type = type;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
