package dk.kk.naboskab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.kk.naboskab.shared.Published;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's walls. Between contexts: no cycles, and a context uses only what another publishes
 * ({@link Published}) plus the shared kernel. Inside a context: web → application → domain, with
 * infrastructure as adapters the application calls (docs/adr/0001, 0015).
 */
class ArchitectureTest {
  private static final String ROOT = "dk.kk.naboskab.";

  /** The kernel every context may use. */
  private static final String SHARED = "shared";

  private static JavaClasses portal;

  @BeforeAll
  static void importPortal() {
    portal =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kk.naboskab");
  }

  @Test
  void noTwoContextsDependOnEachOtherInACircle() {
    slices().matching("dk.kk.naboskab.(*)..").should().beFreeOfCycles().check(portal);
  }

  /**
   * What one context uses of another is in that context's published face. (The 19 reach-ins found
   * when the rule came were frozen while read models replaced them; none is left.)
   */
  @Test
  void aContextUsesOnlyWhatAnotherPublishes() {
    onlyPublishedTypesAcrossContexts().check(portal);
  }

  /** The rule itself, on a class made to break it: it must see the reach-in. */
  @Test
  void aNewReachIntoAnotherContextFails() {
    var reachIn =
        new ClassFileImporter().importClasses(dk.kk.naboskab.notify.web.ReachIntoTenancy.class);
    var result = onlyPublishedTypesAcrossContexts().evaluate(reachIn);
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(
            "notify.web.ReachIntoTenancy uses tenancy.domain.Tenant, which its context does not"
                + " publish"),
        result.getFailureReport().getDetails());
  }

  static ArchRule onlyPublishedTypesAcrossContexts() {
    return classes()
        .that()
        .resideInAPackage("dk.kk.naboskab..")
        .should(useOnlyPublishedTypesOfOtherContexts())
        .as("a context uses only the published types of another context")
        .allowEmptyShould(true);
  }

  @Test
  void theDomainKnowsNothingOfPagesServletsOrPersistenceCode() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..web..",
            "..application..",
            "..infrastructure..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "org.primefaces..")
        .check(portal);
  }

  @Test
  void applicationServicesDoNotReachIntoPages() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "jakarta.faces..", "org.primefaces..")
        .allowEmptyShould(true)
        .check(portal);
  }

  /** Adapters to the outside (SMTP, the CPR cipher) serve the application; they never call it. */
  @Test
  void infrastructureAdaptersDoNotCallTheApplicationOrPages() {
    noClasses()
        .that()
        .resideInAPackage("..infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..application..", "..web..")
        .allowEmptyShould(true)
        .check(portal);
  }

  /** Application services own their queries (docs/adr/0015): pages ask them, never the database. */
  @Test
  void pagesDoNotQueryTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "java.sql..")
        .check(portal);
  }

  @Test
  void theWarNeverDependsOnTestSupport() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..testsupport..", "..dev..", "org.junit..", "ch.vorburger..")
        .check(portal);
  }

  private static ArchCondition<JavaClass> useOnlyPublishedTypesOfOtherContexts() {
    return new ArchCondition<>("use only the published types of other contexts") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        var from = context(origin);
        if (from.isEmpty()) {
          return;
        }
        // One line per pair of classes, without line numbers: the frozen list stays stable.
        var used = new TreeSet<String>();
        for (var dependency : origin.getDirectDependenciesFromSelf()) {
          var target = dependency.getTargetClass().getBaseComponentType();
          var to = context(target);
          if (to.isPresent()
              && !to.equals(from)
              && !to.get().equals(SHARED)
              && !published(target)) {
            used.add(target.getName());
          }
        }
        var name = topLevel(origin).getName();
        for (var target : used) {
          events.add(
              SimpleConditionEvent.violated(
                  origin,
                  name.substring(ROOT.length())
                      + " uses "
                      + target.substring(ROOT.length())
                      + ", which its context does not publish"));
        }
      }
    };
  }

  private static boolean published(JavaClass type) {
    for (var t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (t.get().isAnnotatedWith(Published.class)) {
        return true;
      }
    }
    return false;
  }

  private static JavaClass topLevel(JavaClass type) {
    var t = type;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  /** The context a class lives in: the package right under the root. */
  private static Optional<String> context(JavaClass type) {
    var name = type.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    var rest = name.substring(ROOT.length());
    var dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
