package dk.kk.naboskab.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;

/**
 * In-container tests only: replaces the signed-in user with one a test chooses, so services' access
 * checks can be tested without a browser sign-in. Present only in test deployments that add it (it
 * lives outside the test-support package, which every deployment gets); never in the WAR.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingUser extends CurrentUser {
  private static volatile Role role;
  private static volatile String username;
  private static volatile String association;
  private static volatile String unit;

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
  }

  @Override
  public boolean isSignedIn() {
    return username != null;
  }

  @Override
  public String getUsername() {
    return username;
  }

  /** A made-up address: the username at example.test (a domain that never receives mail). */
  @Override
  public Optional<String> getEmail() {
    return Optional.ofNullable(username).map(u -> u + "@example.test");
  }

  @Override
  public String getDisplayName() {
    return username;
  }

  @Override
  public Optional<Role> getRole() {
    return Optional.ofNullable(role);
  }

  @Override
  public boolean hasRole(Role asked) {
    return role == asked;
  }

  @Override
  public Optional<String> getAssociation() {
    return Optional.ofNullable(association);
  }

  @Override
  public Optional<String> getUnit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public Optional<String> getOrganisation() {
    return Optional.empty();
  }
}
