package org.councilperformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/design.md: imports point inward only — interfaces and infrastructure to the
 * application, the application to the domain — and transactions begin at the entry points.
 */
class LayersTest {
  private static final String ROOT = "org.councilperformance";
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void theDomainDependsOnNothingElseOfOurs() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".application..",
            ROOT + ".infrastructure..",
            ROOT + ".interfaces..",
            ROOT + ".sample..")
        .check(MAIN);
  }

  @Test
  void theApplicationDependsOnTheDomainOnly() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".infrastructure..", ROOT + ".interfaces..", ROOT + ".sample..")
        .check(MAIN);
  }

  @Test
  void entryPointsCallTheApplicationNotItsAdapters() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".interfaces..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".infrastructure..", ROOT + ".sample..")
        .check(MAIN);
  }

  @Test
  void adaptersServeTheApplicationNotTheEntryPoints() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".interfaces..", ROOT + ".sample..")
        .check(MAIN);
  }

  @Test
  void transactionsBeginAtEntryPointsNotInTheApplicationOrDomain() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..")
        .should()
        .beAnnotatedWith(Transactional.class)
        .check(MAIN);
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(ROOT + ".domain..", ROOT + ".application..")
        .should()
        .beAnnotatedWith(Transactional.class)
        .check(MAIN);
  }

  @Test
  void everyResourceRunsItsRequestInATransactionOrSaysWhyNot() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .and()
        .doNotHaveSimpleName("SessionResource") // sign-in: the mechanism writes in its own
        .and()
        .doNotHaveSimpleName("SingleSignOnResource") // the same, after the provider's redirect
        .and()
        .doNotHaveSimpleName("SignInPage") // the portal's sign-in: as SessionResource
        .and()
        .doNotHaveSimpleName("AssetsResource") // the portal's style sheet and scripts: no data
        .should()
        .notBeAnnotatedWith(Transactional.class)
        .check(MAIN);
  }

  @Test
  void everyBeanReceivesWhatItNeedsThroughItsConstructor() {
    fields().should().notBeAnnotatedWith(Inject.class).check(MAIN);
    // The one place the container's entity manager enters, for constructors to receive it.
    fields()
        .that()
        .areAnnotatedWith(PersistenceContext.class)
        .should()
        .beDeclaredIn("org.councilperformance.infrastructure.persistence.EntityManagerProducer")
        .check(MAIN);
  }
}
