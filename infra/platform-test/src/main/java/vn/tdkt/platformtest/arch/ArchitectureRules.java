package vn.tdkt.platformtest.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules every service follows (ARCHITECTURE §2): package by feature, and inside a feature a
 * {@code domain} layer free of Spring, Kafka, Mongo and servlet types that depends on no other layer.
 */
public final class ArchitectureRules {

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

    public static void checkAll(String basePackage) {
        JavaClasses classes = importProduction(basePackage);
        domainIsFreeOfFrameworks().allowEmptyShould(true).check(classes);
        domainDependsOnNoOuterLayer().allowEmptyShould(true).check(classes);
        webIsNotUsedByInnerLayers(basePackage).allowEmptyShould(true).check(classes);
        featuresAreFreeOfCycles(basePackage).check(classes);
    }
}
