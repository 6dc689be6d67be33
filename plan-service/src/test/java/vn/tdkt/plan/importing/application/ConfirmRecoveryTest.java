package vn.tdkt.plan.importing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.plan.importing.domain.ImportStatus;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.plan.importing.persistence.PlanImportStore;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.persistence.PlanDocument;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.SeededRegistryTest;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/** A confirmation interrupted by a crash, or racing another one, never yields two plans or a half-imported one. */
class ConfirmRecoveryTest extends SeededRegistryTest {

    static final TdktPrincipal SNV = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    @Autowired PlanImportService imports;
    @Autowired PlanImportStore store;
    @Autowired PlanService plans;

    @BeforeEach
    void at() {
        clock.set(LocalDate.of(2025, 1, 3));
    }

    String preview() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/plantext/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt")) {
            return imports.importPlan(SNV, PlanImportService.Upload.ofBytes(in.readAllBytes(), "text/plain", null))
                    .value().id();
        }
    }

    void claim(String id, String by) {
        store.update(id, VersionPrecondition.none(), preview -> preview.claim(by, clock.instant(), clock.instant()));
    }

    long plans() {
        return mongo.count(new Query(), PlanDocument.class);
    }

    @Test
    void givenACrashAfterThePlanWasCreated_whenConfirmedAgain_thenTheSamePlanIsKeptAndThePreviewConfirmed()
            throws IOException {
        // given: a confirmation created the plan (same id as the import) and died before marking the preview
        String id = preview();
        PlanImport document = store.get(id).value();
        PlanDraftAssembler.Assembly assembly = new PlanDraftAssembler(document.plan(), document.issuer(),
                document.resolutions(), PlanDraftAssembler.Choices.none()).assemble();
        claim(id, "crashed");
        plans.create(SNV, id, assembly.content(), assembly.tasks());
        long before = plans();

        // when the officer confirms again after the claim went stale
        clock.plusDays(1);
        PlanImportService.Confirmed confirmed = imports.confirm(SNV, id, VersionPrecondition.none(),
                PlanDraftAssembler.Choices.none());

        // then
        assertThat(confirmed.plan().value().id()).isEqualTo(id);
        assertThat(plans()).isEqualTo(before);
        assertThat(store.get(id).value().status()).isEqualTo(ImportStatus.CONFIRMED);
    }

    @Test
    void givenAConfirmationInProgress_whenConfirmedOrDiscarded_thenConflict_andOnceStaleTheConfirmationProceeds()
            throws IOException {
        String id = preview();
        claim(id, "other-request");
        long before = plans();

        assertThatThrownBy(() -> imports.confirm(SNV, id, VersionPrecondition.none(), PlanDraftAssembler.Choices.none()))
                .isInstanceOf(DomainException.class).hasMessageContaining("import.confirm-in-progress");
        assertThatThrownBy(() -> imports.discard(SNV, id, VersionPrecondition.none()))
                .isInstanceOf(DomainException.class).hasMessageContaining("import.confirm-in-progress");
        assertThat(plans()).isEqualTo(before);

        clock.plusDays(1);
        imports.confirm(SNV, id, VersionPrecondition.none(), PlanDraftAssembler.Choices.none());
        assertThat(plans()).isEqualTo(before + 1);
    }

    @Test
    void givenTheCoreRefusesThePlan_whenConfirmed_thenNothingIsWrittenAndThePreviewCanBeConfirmedAgain()
            throws IOException {
        // given an IMPLEMENTING plan without its parent: the core refuses it
        String id = preview();
        long before = plans();

        assertThatThrownBy(() -> imports.confirm(SNV, id, VersionPrecondition.none(), new PlanDraftAssembler.Choices(
                java.util.List.of(), java.util.List.of(), null, vn.tdkt.plan.plan.domain.PlanKind.IMPLEMENTING, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("plan.parent-missing");

        assertThat(plans()).isEqualTo(before);
        PlanImport document = store.get(id).value();
        assertThat(document.status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(document.claim()).isNull();
        imports.confirm(SNV, id, VersionPrecondition.none(), PlanDraftAssembler.Choices.none());
        assertThat(plans()).isEqualTo(before + 1);
    }
}
