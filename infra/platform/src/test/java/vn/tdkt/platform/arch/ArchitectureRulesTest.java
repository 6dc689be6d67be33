package vn.tdkt.platform.arch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.platformtest.arch.ArchitectureRules;

/** The services' ArchUnit rules pass on a well-layered sample and fail, each for its reason, on a broken one. */
class ArchitectureRulesTest {

    private static final String GOOD = "vn.tdkt.archsample.good";
    private static final String BAD = "vn.tdkt.archsample.bad";

    private final JavaClasses good = new ClassFileImporter().importPackages(GOOD);
    private final JavaClasses bad = new ClassFileImporter().importPackages(BAD);

    @Test
    void a_well_layered_service_passes_every_rule() {
        assertThatCode(() -> ArchitectureRules.check(good, GOOD)).doesNotThrowAnyException();
    }

    /**
     * Each break planted in the broken sample, the rule that must catch it, what the failure names and what it must
     * not name (so that a rule failing for another break of the sample does not pass for this one).
     */
    static Stream<Arguments> breaks() {
        return Stream.of(
                caught("a controller returning a document", ArchitectureRules.webDoesNotUsePersistence(),
                        List.of("OrderController", "OrderDocument"), List.of()),
                caught("a query built in an application service", ArchitectureRules.applicationBuildsNoQueries(),
                        List.of("BillingService", "Criteria"), List.of()),
                caught("a feature using another feature's persistence",
                        ArchitectureRules.noFeatureReachesIntoAnotherFeaturesPersistence(BAD),
                        List.of("BillingService", "OrderDocument"), List.of("OrderController.get()")),
                caught("an aggregate document with a field of its own",
                        ArchitectureRules.aggregateDocumentsAddNoState(),
                        List.of("InvoiceDocument.total"), List.of("InvoiceDocument.COLLECTION")),
                caught("a store that is no repository", ArchitectureRules.storesAreRepositories(),
                        List.of("InvoiceStore> is not annotated with @Repository"), List.of()),
                caught("a store with a final method", ArchitectureRules.storesAreRepositories(),
                        List.of("ReceiptStore.find(java.lang.String) is final"),
                        List.of("ReceiptStore> is not annotated", "ReceiptStore.key", "ReceiptStore.normalised")),
                caught("a lombok constructor taking two parameters of one type",
                        ArchitectureRules.generatedConstructorsTakeNoTwoParametersOfOneType(),
                        List.of("Courier", "two java.lang.String"), List.of()));
    }

    private static Arguments caught(String planted, ArchRule rule, List<String> named, List<String> notNamed) {
        return Arguments.of(Named.of(planted, rule), named, notNamed);
    }

    @ParameterizedTest(name = "{0} is caught")
    @MethodSource("breaks")
    void a_break_in_the_sample_is_caught_by_its_rule_for_its_reason(ArchRule rule, List<String> named,
            List<String> notNamed) {
        AbstractThrowableAssert<?, ? extends Throwable> failure = assertThatThrownBy(() -> rule.check(bad));
        named.forEach(failure::hasMessageContaining);
        notNamed.forEach(failure::hasMessageNotContaining);
    }

    @Test
    void the_kit_and_the_contracts_follow_the_constructor_rule_too() {
        JavaClasses kit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt.platform", "vn.tdkt.contracts");
        ArchitectureRules.generatedConstructorsTakeNoTwoParametersOfOneType().check(kit);
    }
}
