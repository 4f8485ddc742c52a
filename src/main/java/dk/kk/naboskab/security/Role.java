package dk.kk.naboskab.security;

import dk.kk.naboskab.shared.Published;
import java.util.Arrays;
import java.util.Optional;

/**
 * The portal's roles. Each is a Keycloak realm role of the same name, delivered in the flat {@code
 * groups} claim, and each has the page a user of that role starts on.
 */
@Published("every context: the portal's roles")
public enum Role {
  COORDINATOR(Names.COORDINATOR, "/start/coordinator.xhtml"),
  SUPPORT_WORKER(Names.SUPPORT_WORKER, "/start/support-worker.xhtml"),
  HOUSING_STAFF(Names.HOUSING_STAFF, "/start/housing-staff.xhtml"),
  ANALYST(Names.ANALYST, "/start/analyst.xhtml"),
  /** A case worker (myndighedssagsbehandler) outposted to one or more shelters. */
  CASE_WORKER(Names.CASE_WORKER, "/start/case-worker.xhtml"),
  /** Staff at one §110 shelter (herberg). */
  SHELTER_STAFF(Names.SHELTER_STAFF, "/start/shelter-staff.xhtml"),
  ADMIN(Names.ADMIN, "/start/admin.xhtml");

  private final String roleName;
  private final String startPage;

  Role(String roleName, String startPage) {
    this.roleName = roleName;
    this.startPage = startPage;
  }

  /** The realm role's name, as in {@code @RolesAllowed} and {@code web.xml}. */
  public String roleName() {
    return roleName;
  }

  public String startPage() {
    return startPage;
  }

  /** The key of the role's label in the message bundle. */
  public String labelKey() {
    return "role." + roleName;
  }

  public static Optional<Role> byName(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }

  /** Role names as constants, for annotations. */
  public static final class Names {
    public static final String HOUSING_STAFF = "housing-staff";
    public static final String SUPPORT_WORKER = "support-worker";
    public static final String COORDINATOR = "coordinator";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String CASE_WORKER = "case-worker";
    public static final String SHELTER_STAFF = "shelter-staff";

    private Names() {}
  }
}
