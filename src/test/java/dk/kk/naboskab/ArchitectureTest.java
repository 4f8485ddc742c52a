package dk.kk.naboskab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: web → application → domain ← infrastructure. */
class ArchitectureTest {
  private static JavaClasses portal;

  @BeforeAll
  static void importPortal() {
    portal =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kk.naboskab");
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

  @Test
  void theWarNeverDependsOnTestSupport() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..testsupport..", "..dev..", "org.junit..", "ch.vorburger..")
        .check(portal);
  }
}
