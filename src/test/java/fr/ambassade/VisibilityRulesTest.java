package fr.ambassade;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The visibility rules of the modules, beside Modulith's {@code verify()} (ModularityTests): a module's root package
 * is its API — interfaces, records, enums, events —, its entities and repositories are internal, and its domain never
 * sees the web. Example to imitate: {@code settings/domain} (package-private entities and repositories behind
 * {@code SettingsService}) and {@code accounts/Accounts} with its package-private {@code AccountsFacade}.
 *
 * <p>Where a rule cannot hold yet, the class is named below with the reason, and {@link #everyExceptionIsStillNeeded}
 * fails once it is no longer needed, so that the list only shrinks. Nothing else may be added to it without a reason
 * that a reviewer accepts.
 */
class VisibilityRulesTest {

    /** Public entities and repositories still used outside their package, and why. */
    static final Map<String, String> NOT_YET_PACKAGE_PRIVATE = Map.of(
            "fr.ambassade.providers.domain.Provider",
            "the pages (providers/web), the import writer (providers/importing) and the demo data write and read the "
                    + "entity; they need commands and view records of the domain first",
            "fr.ambassade.providers.domain.ProviderRepository",
            "used by providers/importing (ProviderImportWriter), providers/demo and the integration tests");

    /** Public bean classes in a module's root package (a facade should be an interface with an internal class). */
    static final Map<String, String> ROOT_BEAN_CLASSES = Map.of(
            "fr.ambassade.config.RunMode",
            "a run-mode flag read by other modules, not a facade",
            "fr.ambassade.shared.DisplayTime",
            "shared (open) module: a formatting helper for templates, not a facade");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ambassade");

    @Test
    void entitiesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and(not(named(NOT_YET_PACKAGE_PRIVATE)))
                .should()
                .notBePublic()
                .because("an entity is reached through its module's domain services; views get records")
                .check(CLASSES);
    }

    @Test
    void springDataRepositoriesAreNotPublic() {
        classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .and(not(named(NOT_YET_PACKAGE_PRIVATE)))
                .should()
                .notBePublic()
                .because("queries stay in the domain package that owns the entity")
                .check(CLASSES);
    }

    @Test
    void domainPackagesNeverImportWeb() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat(resideInAPackage("..web.."))
                .because("the domain never sees HTTP: controllers and forms call it")
                .check(CLASSES);
    }

    @Test
    void moduleRootFacadesAreInterfaces() {
        classes()
                .that()
                .resideInAPackage("fr.ambassade.*")
                .and()
                .areMetaAnnotatedWith(Component.class)
                .and(not(named(ROOT_BEAN_CLASSES)))
                .should()
                .notBePublic()
                .because(
                        "a module's API is an interface (Accounts, Providers, AuditLog); its implementation is internal")
                .check(CLASSES);
    }

    @Test
    void everyExceptionIsStillNeeded() {
        assertThat(publicClasses(NOT_YET_PACKAGE_PRIVATE.keySet()))
                .as("entities and repositories made package-private: remove them from NOT_YET_PACKAGE_PRIVATE")
                .containsExactlyInAnyOrderElementsOf(NOT_YET_PACKAGE_PRIVATE.keySet());
        assertThat(publicClasses(ROOT_BEAN_CLASSES.keySet()))
                .as("root beans that became interfaces or package-private: remove them from ROOT_BEAN_CLASSES")
                .containsExactlyInAnyOrderElementsOf(ROOT_BEAN_CLASSES.keySet());
    }

    private static Set<String> publicClasses(Set<String> names) {
        return names.stream()
                .filter(CLASSES::contain)
                .map(CLASSES::get)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    }

    private static DescribedPredicate<JavaClass> named(Map<String, String> exceptions) {
        return named(exceptions.keySet());
    }

    private static DescribedPredicate<JavaClass> named(Set<String> names) {
        return DescribedPredicate.describe("one of the named exceptions " + names, c -> names.contains(c.getName()));
    }
}
