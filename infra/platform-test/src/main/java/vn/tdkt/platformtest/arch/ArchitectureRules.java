package vn.tdkt.platformtest.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;

/**
 * The package rules every service follows (docs/CONVENTIONS.md): package by feature, and inside a feature a
 * {@code domain} layer free of Spring, Kafka, Mongo and servlet types that depends on no other layer; controllers
 * that never see persistence; queries only in stores; no feature using another feature's persistence; aggregate
 * documents that add no state to the one the platform stores; stores that are Spring {@code @Repository} beans; no
 * Lombok constructor whose arguments could be swapped.
 */
public final class ArchitectureRules {

    private static final String AGGREGATE_DOCUMENT = "vn.tdkt.platform.outbox.AggregateDocument";
    private static final String LOMBOK_GENERATED = "lombok.Generated";
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";

    private ArchitectureRules() {
    }

    public static JavaClasses importProduction(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static ArchRule domainIsFreeOfFrameworks() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson.databind..")
                .as("domain code is free of Spring, Kafka, Mongo, servlet and JSON-mapper types");
    }

    public static ArchRule domainDependsOnNoOuterLayer() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..application..", "..web..", "..persistence..", "..messaging..")
                .as("domain code does not depend on application, web, persistence or messaging layers");
    }

    /** The platform's own web helpers (ETags) may be used anywhere; a service's controllers may not. */
    public static ArchRule webIsNotUsedByInnerLayers(String basePackage) {
        return noClasses().that().resideInAnyPackage("..domain..", "..application..", "..persistence..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..web..")
                .as("only the web layer knows about controllers and HTTP request/response types");
    }

    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .as("feature packages of " + basePackage + " do not depend on each other in cycles");
    }

    /** Controllers see application services and views, never persistence documents or stores. */
    public static ArchRule webDoesNotUsePersistence() {
        return noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .as("controllers never see persistence documents or stores (they return views of domain values)");
    }

    /** Queries live in stores: application services ask a store, they do not build Mongo criteria. */
    public static ArchRule applicationBuildsNoQueries() {
        return noClasses().that().resideInAnyPackage("..application..", "..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.data.mongodb.core.query..", "org.springframework.data.mongodb.core")
                .as("only persistence code builds Mongo queries and uses MongoTemplate");
    }

    /**
     * A feature's persistence package is its own: another feature asks its application services (or its own read
     * model), never its documents or stores.
     */
    public static ArchRule noFeatureReachesIntoAnotherFeaturesPersistence(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..")
                .should(new ArchCondition<JavaClass>("only use the persistence package of their own feature") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String ownFeature = feature(basePackage, item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            String targetFeature = feature(basePackage, target);
                            if (targetFeature != null && !targetFeature.equals(ownFeature)
                                    && target.startsWith(basePackage + "." + targetFeature + ".persistence")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("no feature of " + basePackage + " reaches into another feature's persistence package");
    }

    /**
     * Every collection of aggregates has one shape: {@code AggregateDocument} holds the aggregate, its id, version
     * and outbox, and a feature's document only names its collection and query paths (constants).
     */
    public static ArchRule aggregateDocumentsAddNoState() {
        return fields().that().areDeclaredInClassesThat().areAssignableTo(AGGREGATE_DOCUMENT)
                .and().areNotStatic()
                .should().beDeclaredIn(AGGREGATE_DOCUMENT)
                .as("an aggregate's document adds no field to what AggregateDocument stores");
    }

    /**
     * A store is the one place a feature reads and writes its collections, and says so with the persistence stereotype
     * rather than the generic {@code @Component}: one way per thing, and Spring's exception translation applies. That
     * translation wraps the store in a subclass proxy, which cannot override a {@code final} method: called on the
     * proxy, such an instance method (its own or inherited) would run without the store's fields.
     */
    public static ArchRule storesAreRepositories() {
        return classes().that().resideInAPackage("..persistence..").and().haveSimpleNameEndingWith("Store")
                .and().areTopLevelClasses().and().areNotInterfaces()
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().beAnnotatedWith(REPOSITORY)
                .andShould(new ArchCondition<JavaClass>("have no final method") {
                    @Override
                    public void check(JavaClass store, ConditionEvents events) {
                        store.getAllMethods().stream()
                                .filter(method -> !method.getOwner().isEquivalentTo(Object.class))
                                .filter(method -> method.getModifiers().contains(JavaModifier.FINAL))
                                // a static or private method is never called through the proxy
                                .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC)
                                        && !method.getModifiers().contains(JavaModifier.PRIVATE))
                                .forEach(method -> events.add(SimpleConditionEvent.violated(store,
                                        method.getFullName() + " is final: the @Repository proxy cannot pass it on")));
                    }
                })
                .as("a store is a @Repository with no final method");
    }

    /**
     * Lombok's {@code @RequiredArgsConstructor} takes the fields in declaration order, so reordering two fields of one
     * type would silently swap them at every {@code new}: such a constructor is written out. Enums are exempt: their
     * constants, the only callers, stand right above the fields.
     */
    public static ArchRule generatedConstructorsTakeNoTwoParametersOfOneType() {
        return constructors().that().areAnnotatedWith(LOMBOK_GENERATED)
                .and().areDeclaredInClassesThat().areNotEnums()
                .should(new ArchCondition<JavaConstructor>("take no two parameters of one type") {
                    @Override
                    public void check(JavaConstructor constructor, ConditionEvents events) {
                        Set<String> seen = new HashSet<>();
                        for (JavaType type : constructor.getParameterTypes()) {
                            if (!seen.add(type.getName())) {
                                events.add(SimpleConditionEvent.violated(constructor, constructor.getFullName()
                                        + " is generated by Lombok and takes two " + type.getName()
                                        + ": write it out, so that reordering the fields cannot swap them"));
                                return;
                            }
                        }
                    }
                })
                .as("a constructor Lombok writes takes no two parameters of one type");
    }

    private static String feature(String basePackage, String packageName) {
        if (!packageName.startsWith(basePackage + ".")) {
            return null;
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    public static void checkAll(String basePackage) {
        check(importProduction(basePackage), basePackage);
    }

    /** Every rule above on {@code classes}; a rule finding nothing to check passes. */
    public static void check(JavaClasses classes, String basePackage) {
        domainIsFreeOfFrameworks().allowEmptyShould(true).check(classes);
        domainDependsOnNoOuterLayer().allowEmptyShould(true).check(classes);
        webIsNotUsedByInnerLayers(basePackage).allowEmptyShould(true).check(classes);
        webDoesNotUsePersistence().allowEmptyShould(true).check(classes);
        applicationBuildsNoQueries().allowEmptyShould(true).check(classes);
        noFeatureReachesIntoAnotherFeaturesPersistence(basePackage).allowEmptyShould(true).check(classes);
        featuresAreFreeOfCycles(basePackage).allowEmptyShould(true).check(classes);
        aggregateDocumentsAddNoState().allowEmptyShould(true).check(classes);
        storesAreRepositories().allowEmptyShould(true).check(classes);
        generatedConstructorsTakeNoTwoParametersOfOneType().allowEmptyShould(true).check(classes);
    }
}
