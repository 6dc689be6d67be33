package vn.tdkt.platform.arch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
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

    @Test
    void a_controller_returning_a_document_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.webDoesNotUsePersistence().check(bad))
                .hasMessageContaining("OrderController").hasMessageContaining("OrderDocument");
    }

    @Test
    void a_query_built_in_an_application_service_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.applicationBuildsNoQueries().check(bad))
                .hasMessageContaining("BillingService").hasMessageContaining("Criteria");
    }

    @Test
    void a_feature_using_another_features_persistence_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.noFeatureReachesIntoAnotherFeaturesPersistence(BAD).check(bad))
                .hasMessageContaining("BillingService").hasMessageContaining("OrderDocument")
                .hasMessageNotContaining("OrderController.get()");
    }

    @Test
    void an_aggregate_document_with_a_field_of_its_own_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.aggregateDocumentsAddNoState().check(bad))
                .hasMessageContaining("InvoiceDocument.total").hasMessageNotContaining("InvoiceDocument.COLLECTION");
    }

    @Test
    void a_store_that_is_no_repository_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.storesAreRepositories().check(bad))
                .hasMessageContaining("InvoiceStore> is not annotated with @Repository");
    }

    @Test
    void a_store_with_a_final_method_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.storesAreRepositories().check(bad))
                .hasMessageContaining("ReceiptStore.find(java.lang.String) is final")
                .hasMessageNotContaining("ReceiptStore> is not annotated")
                .hasMessageNotContaining("ReceiptStore.key").hasMessageNotContaining("ReceiptStore.normalised");
    }

    @Test
    void a_lombok_constructor_taking_two_parameters_of_one_type_is_caught() {
        assertThatThrownBy(() -> ArchitectureRules.generatedConstructorsTakeNoTwoParametersOfOneType().check(bad))
                .hasMessageContaining("Courier").hasMessageContaining("two java.lang.String");
    }

    @Test
    void the_kit_and_the_contracts_follow_the_constructor_rule_too() {
        JavaClasses kit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt.platform", "vn.tdkt.contracts");
        ArchitectureRules.generatedConstructorsTakeNoTwoParametersOfOneType().check(kit);
    }
}
