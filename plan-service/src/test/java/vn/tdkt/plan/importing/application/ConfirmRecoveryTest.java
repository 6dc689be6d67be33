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
import vn.tdkt.plan.importing.persistence.PlanImportDocument;
import vn.tdkt.plan.importing.persistence.PlanImportStore;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.persistence.PlanDocument;
import vn.tdkt.plan.support.MutableClock;
import vn.tdkt.plan.importing.ImporterServiceTest;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/** A confirmation interrupted by a crash, or racing another one, never yields two plans or a half-imported one. */
@ImporterServiceTest
class ConfirmRecoveryTest {

    static final TdktPrincipal SNV = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    @Autowired PlanImportService imports;
    @Autowired PlanImportStore store;
    @Autowired PlanService plans;
    @Autowired MongoTemplate mongo;
    @Autowired MutableClock clock;

    @BeforeEach
    void at() {
        clock.set(LocalDate.of(2025, 1, 3));
    }

    String preview() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/plantext/ke-hoach-tdkt-2025-ubnd-tinh-son-la.txt")) {
            return imports.importPlan(SNV, PlanImportService.Upload.ofBytes(in.readAllBytes(), "text/plain", null)).getId();
        }
    }

    long plans() {
        return mongo.count(new Query(), PlanDocument.class);
    }

    @Test
    void givenACrashAfterThePlanWasCreated_whenConfirmedAgain_thenTheSamePlanIsKeptAndThePreviewConfirmed()
            throws IOException {
        // given: a confirmation created the plan (same id as the import) and died before marking the preview
        String id = preview();
        PlanImportDocument document = store.find(id).orElseThrow();
        PlanDraftAssembler.Assembly assembly = new PlanDraftAssembler(document.getPlan(), document.getIssuer(),
                document.getResolutions(), PlanDraftAssembler.Choices.none()).assemble();
        store.claim(id, "crashed", clock.instant(), clock.instant());
        plans.create(SNV, id, assembly.content(), assembly.tasks());
        long before = plans();

        // when the officer confirms again after the claim went stale
        clock.plusDays(1);
        PlanImportService.Confirmed confirmed = imports.confirm(SNV, id, version -> { },
                PlanDraftAssembler.Choices.none());

        // then
        assertThat(confirmed.plan().getId()).isEqualTo(id);
        assertThat(plans()).isEqualTo(before);
        assertThat(store.find(id).orElseThrow().getStatus()).isEqualTo(ImportStatus.CONFIRMED);
    }

    @Test
    void givenAConfirmationInProgress_whenConfirmedOrDiscarded_thenConflict_andOnceStaleTheConfirmationProceeds()
            throws IOException {
        String id = preview();
        store.claim(id, "other-request", clock.instant(), clock.instant());
        long before = plans();

        assertThatThrownBy(() -> imports.confirm(SNV, id, version -> { }, PlanDraftAssembler.Choices.none()))
                .isInstanceOf(DomainException.class).hasMessageContaining("import.confirm-in-progress");
        assertThatThrownBy(() -> imports.discard(SNV, id, version -> { }))
                .isInstanceOf(DomainException.class).hasMessageContaining("import.confirm-in-progress");
        assertThat(plans()).isEqualTo(before);

        clock.plusDays(1);
        imports.confirm(SNV, id, version -> { }, PlanDraftAssembler.Choices.none());
        assertThat(plans()).isEqualTo(before + 1);
    }

    @Test
    void givenTheCoreRefusesThePlan_whenConfirmed_thenNothingIsWrittenAndThePreviewCanBeConfirmedAgain()
            throws IOException {
        // given an IMPLEMENTING plan without its parent: the core refuses it
        String id = preview();
        long before = plans();

        assertThatThrownBy(() -> imports.confirm(SNV, id, version -> { }, new PlanDraftAssembler.Choices(
                java.util.List.of(), java.util.List.of(), null, vn.tdkt.plan.plan.domain.PlanKind.IMPLEMENTING, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("plan.parent-missing");

        assertThat(plans()).isEqualTo(before);
        PlanImportDocument document = store.find(id).orElseThrow();
        assertThat(document.getStatus()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(document.getClaim()).isNull();
        imports.confirm(SNV, id, version -> { }, PlanDraftAssembler.Choices.none());
        assertThat(plans()).isEqualTo(before + 1);
    }
}
