package fr.ambassade;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
 * sees the web. Examples to imitate: {@code settings/domain} and {@code providers/domain} (package-private entities
 * and repositories behind public services that return records: {@code ProviderService} and {@code ProviderView}),
 * {@code accounts/Accounts} with its package-private {@code AccountsFacade}, {@code accounts/CurrentUser} with
 * {@code RequestCurrentUser}.
 *
 * <p>No entity, repository or domain class is exempt. The only exceptions are the root bean classes below that are not
 * facades, named with the reason; {@link #everyExceptionIsStillNeeded} fails once one is no longer needed, so that the
 * list only shrinks. Nothing may be added to it without a reason that a reviewer accepts.
 */
class VisibilityRulesTest {

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
                .should()
                .notBePublic()
                .because("queries stay in the domain package that owns the entity")
                .check(CLASSES);
    }

    @Test
    void publicSignaturesNeverMentionEntities() {
        codeUnits()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .should(notMentionAnEntity())
                .because("a public service takes commands and returns records (AccountView, ProviderView), never the "
                        + "entity itself, not even inside an Optional or a List")
                .check(CLASSES);
    }

    /** Neither the return type nor a parameter type, type arguments included, is an {@code @Entity}. */
    private static ArchCondition<JavaCodeUnit> notMentionAnEntity() {
        return new ArchCondition<>("not mention an entity in their signature") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Set<JavaClass> involved =
                        new java.util.HashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                involved.stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class))
                        .forEach(c -> events.add(SimpleConditionEvent.violated(
                                unit, unit.getFullName() + " mentions the entity " + c.getName())));
            }
        };
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
