package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.RuleViolation;
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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The administrators' maintenance of the support organisation: adult units and their teams,
 * districts, housing associations, their departments, and the workers. Administrators only. A
 * change to something another administrator saved after the form was loaded is refused.
 */
@Stateless
public class OrganisationAdmin {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  public List<Unit> units() {
    currentUser.require(Role.ADMIN);
    return em.createQuery("select u from Unit u order by u.name", Unit.class).getResultList();
  }

  public List<District> districts() {
    currentUser.require(Role.ADMIN);
    return em.createQuery(
            "select d from District d join fetch d.unit order by d.name", District.class)
        .getResultList();
  }

  public List<HousingAssociation> associations() {
    currentUser.require(Role.ADMIN);
    return em.createQuery(
            "select a from HousingAssociation a order by a.name", HousingAssociation.class)
        .getResultList();
  }

  public List<Department> departments() {
    currentUser.require(Role.ADMIN);
    return em.createQuery(
            "select d from Department d join fetch d.association join fetch d.district di"
                + " join fetch di.unit order by d.association.name, d.name",
            Department.class)
        .getResultList();
  }

  public List<Worker> workers() {
    currentUser.require(Role.ADMIN);
    return em.createQuery("select w from Worker w join fetch w.unit order by w.name", Worker.class)
        .getResultList();
  }

  /**
   * @throws RuleViolation on {@code code} when another unit has the code
   * @throws ConcurrentChange when the unit changed since the form was loaded
   */
  public Unit save(@NotNull @Valid UnitForm form) {
    currentUser.require(Role.ADMIN);
    unique(Unit.class, "code", form.code(), form.id());
    if (form.id() == null) {
      var unit =
          new Unit(
              form.code(), form.name().trim(), form.teamName().trim(), blank(form.teamEmail()));
      unit.setTeamPhone(blank(form.teamPhone()));
      em.persist(unit);
      em.flush();
      return unit;
    }
    var unit = current(Unit.class, form.id(), form.version(), Unit::getVersion);
    unit.change(form.name().trim(), form.teamName().trim(), blank(form.teamEmail()));
    unit.setTeamPhone(blank(form.teamPhone()));
    return unit;
  }

  /**
   * @throws RuleViolation on {@code name} when another district has the name
   * @throws ConcurrentChange when the district changed since the form was loaded
   */
  public District save(@NotNull @Valid DistrictForm form) {
    currentUser.require(Role.ADMIN);
    unique(District.class, "name", form.name().trim(), form.id());
    var unit = existing(Unit.class, form.unitId(), "unitId");
    if (form.id() == null) {
      var district = new District(form.name().trim(), unit);
      em.persist(district);
      em.flush();
      return district;
    }
    var district = current(District.class, form.id(), form.version(), District::getVersion);
    district.change(form.name().trim(), unit);
    return district;
  }

  /**
   * @throws RuleViolation on {@code code} when another association has the code
   * @throws ConcurrentChange when the association changed since the form was loaded
   */
  public HousingAssociation save(@NotNull @Valid AssociationForm form) {
    currentUser.require(Role.ADMIN);
    if (form.id() == null) {
      unique(HousingAssociation.class, "code", form.code(), null);
      var association = new HousingAssociation(form.code(), form.name().trim());
      em.persist(association);
      em.flush();
      return association;
    }
    // The code is what Keycloak's association claim names: it never changes.
    var association =
        current(
            HousingAssociation.class, form.id(), form.version(), HousingAssociation::getVersion);
    association.rename(form.name().trim());
    return association;
  }

  /**
   * @throws RuleViolation on {@code number} when the association has another department with it
   * @throws ConcurrentChange when the department changed since the form was loaded
   */
  public Department save(@NotNull @Valid DepartmentForm form) {
    currentUser.require(Role.ADMIN);
    var association = existing(HousingAssociation.class, form.associationId(), "associationId");
    var district = existing(District.class, form.districtId(), "districtId");
    var clash =
        em.createQuery(
                "select count(d) from Department d where d.association = :association"
                    + " and d.number = :number and (:id is null or d.id <> :id)",
                Long.class)
            .setParameter("association", association)
            .setParameter("number", form.number().trim())
            .setParameter("id", form.id())
            .getSingleResult();
    if (clash > 0) {
      throw new RuleViolation("number", "department.numberExists");
    }
    if (form.id() == null) {
      var department =
          new Department(
              association,
              form.number().trim(),
              form.name().trim(),
              form.address().trim(),
              form.postalCode(),
              form.city().trim(),
              form.flats(),
              district);
      em.persist(department);
      em.flush();
      return department;
    }
    var department = current(Department.class, form.id(), form.version(), Department::getVersion);
    if (!department.getAssociation().getId().equals(association.getId())) {
      throw new RuleViolation("associationId", "department.associationFixed");
    }
    department.change(
        form.number().trim(),
        form.name().trim(),
        form.address().trim(),
        form.postalCode(),
        form.city().trim(),
        form.flats(),
        district);
    return department;
  }

  /**
   * @throws RuleViolation on {@code username} when another worker signs in with it, on {@code type}
   *     when an existing worker's type would change
   * @throws ConcurrentChange when the worker changed since the form was loaded
   */
  public Worker save(@NotNull @Valid WorkerForm form) {
    currentUser.require(Role.ADMIN);
    var username = blank(form.username());
    if (username != null) {
      unique(Worker.class, "username", username, form.id());
    }
    var unit = existing(Unit.class, form.unitId(), "unitId");
    if (form.id() == null) {
      var worker =
          new Worker(
              username,
              form.name().trim(),
              blank(form.phone()),
              blank(form.email()),
              form.type(),
              unit,
              form.fte());
      em.persist(worker);
      em.flush();
      return worker;
    }
    var worker = current(Worker.class, form.id(), form.version(), Worker::getVersion);
    if (worker.getType() != form.type()) {
      // Assignments hold the role the worker's type allowed; a new type is a new worker.
      throw new RuleViolation("type", "worker.typeFixed");
    }
    worker.change(
        username,
        form.name().trim(),
        blank(form.phone()),
        blank(form.email()),
        unit,
        form.fte(),
        form.active());
    return worker;
  }

  /** Refuses a value another row of the entity already has in the attribute. */
  private void unique(Class<?> entity, String attribute, String value, Long ownId) {
    var clashes =
        em
            .createQuery(
                "select e.id from "
                    + entity.getSimpleName()
                    + " e where e."
                    + attribute
                    + " = :value",
                Long.class)
            .setParameter("value", value)
            .getResultList()
            .stream()
            .filter(id -> !id.equals(ownId))
            .count();
    if (clashes > 0) {
      throw new RuleViolation(attribute, "org." + attribute + "Exists");
    }
  }

  private <T> T existing(Class<T> type, Long id, String field) {
    var found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new RuleViolation(field, "tenancy.notFound");
    }
    return found;
  }

  private <T> T current(Class<T> type, long id, int expectedVersion, ToIntFunction<T> version) {
    var found = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      throw new RuleViolation("id", "tenancy.notFound");
    }
    if (version.applyAsInt(found) != expectedVersion) {
      throw new ConcurrentChange(type.getSimpleName() + " " + id);
    }
    return found;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
