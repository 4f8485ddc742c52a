package dk.kk.naboskab.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;

/**
 * In-container tests only: replaces the signed-in user with one a test chooses, so services' access
 * checks can be tested without a browser sign-in. Never in the WAR; in the test deployment, which
 * the browser journeys share, a request that someone really signed in to is always theirs: the
 * acted user stands in only where nobody is signed in.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingUser extends CurrentUser {
  private static volatile Role role;
  private static volatile String username;
  private static volatile String association;
  private static volatile String unit;
  private static volatile String shelter;

  /** Acts as this user in this role until {@link #anonymous()}. */
  public static void actAs(String name, Role as) {
    actAs(name, as, null);
  }

  /** Acts as a housing staff member of this association (its code). */
  public static void actAs(String name, Role as, String associationCode) {
    username = name;
    role = as;
    association = associationCode;
    unit = null;
    shelter = null;
  }

  /** Acts as a staff member of this shelter (its code). */
  public static void actAsShelterStaffOf(String name, String shelterCode) {
    actAs(name, Role.SHELTER_STAFF, null);
    shelter = shelterCode;
  }

  /** Acts as a coordinator of this adult unit (its code). */
  public static void actAsCoordinatorOf(String name, String unitCode) {
    actAs(name, Role.COORDINATOR, null);
    unit = unitCode;
  }

  public static void anonymous() {
    username = null;
    role = null;
    association = null;
    unit = null;
    shelter = null;
  }

  @jakarta.inject.Inject jakarta.servlet.http.HttpServletRequest request;

  /**
   * The acted user stands in only for the in-container tests: on Arquillian's test-runner request
   * or off any HTTP request (a timer, a test's executor). A browser journey's request — signed in
   * or not — always gets its real identity, whatever a test left behind.
   */
  private boolean realIdentity() {
    if (aBrowsersRequest()) {
      return true;
    }
    try {
      return super.isSignedIn();
    } catch (RuntimeException noSecurityContextHere) {
      return false;
    }
  }

  private boolean aBrowsersRequest() {
    try {
      return !request.getRequestURI().startsWith("/ArquillianServletRunner");
    } catch (RuntimeException noHttpRequestHere) {
      return false;
    }
  }

  @Override
  public boolean isSignedIn() {
    return realIdentity() ? super.isSignedIn() : username != null;
  }

  @Override
  public String getUsername() {
    return realIdentity() ? super.getUsername() : username;
  }

  /** A made-up address: the username at example.test (a domain that never receives mail). */
  @Override
  public Optional<String> getEmail() {
    return realIdentity()
        ? super.getEmail()
        : Optional.ofNullable(username).map(u -> u + "@example.test");
  }

  @Override
  public String getDisplayName() {
    return realIdentity() ? super.getDisplayName() : username;
  }

  @Override
  public Optional<Role> getRole() {
    return realIdentity() ? super.getRole() : Optional.ofNullable(role);
  }

  @Override
  public boolean hasRole(Role asked) {
    return realIdentity() ? super.hasRole(asked) : role == asked;
  }

  @Override
  public Optional<String> getAssociation() {
    return realIdentity() ? super.getAssociation() : Optional.ofNullable(association);
  }

  @Override
  public Optional<String> getUnit() {
    return realIdentity() ? super.getUnit() : Optional.ofNullable(unit);
  }

  @Override
  public Optional<String> getShelter() {
    return realIdentity() ? super.getShelter() : Optional.ofNullable(shelter);
  }

  @Override
  public Optional<String> getOrganisation() {
    return realIdentity() ? super.getOrganisation() : Optional.empty();
  }

  @Override
  public Optional<String> getWorkerTypeClaim() {
    return realIdentity() ? super.getWorkerTypeClaim() : Optional.empty();
  }
}
