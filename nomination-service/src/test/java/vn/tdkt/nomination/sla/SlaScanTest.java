package vn.tdkt.nomination.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.persistence.DossierDocument;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.sla.application.ClockedAggregates;
import vn.tdkt.nomination.sla.application.SlaScanner;
import vn.tdkt.nomination.sla.application.WorkingDays;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.service.ServiceTest;

/** The SLA scan gives each notice once per dossier, clock and step, even when two scans race. */
class SlaScanTest extends ServiceTest {

    @Autowired DossierStore store;
    @Autowired SlaScanner scanner;
    @Autowired WorkingDays workingDays;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), DossierDocument.class);
    }

    String underAppraisal(String id, LocalDate submittedOn) {
        Instant at = submittedOn.atStartOfDay(clock.getZone()).toInstant();
        store.insert(Dossier.draft(id, "SGDDT", null, vn.tdkt.nomination.dossier.DossierTest.content("Thành tích"),
                "sgddt-user", at));
        store.update(id, VersionPrecondition.none(), d -> d.submit("sgddt-user", at, submittedOn,
                workingDays.context()));
        store.update(id, VersionPrecondition.none(), d -> d.assign("snv-user", "snv-user", at, submittedOn,
                workingDays.context()));
        return id;
    }

    List<OutboxEntry> notices(String id) {
        return mongo.findById(id, DossierDocument.class).getOutbox().stream()
                .filter(e -> e.type().contains("sla")).toList();
    }

    @Test
    void a_due_notice_then_a_breach_each_once_and_each_valid_against_its_schema() {
        String id = underAppraisal("d-sla-1", LocalDate.of(2026, 1, 29));
        assertThat(scanner.scan(LocalDate.of(2026, 2, 27)).emitted()).isZero();
        assertThat(scanner.scan(LocalDate.of(2026, 3, 2)).emitted()).isEqualTo(1);
        assertThat(scanner.scan(LocalDate.of(2026, 3, 2)).emitted()).isZero();
        assertThat(scanner.scan(LocalDate.of(2026, 3, 5)).emitted()).as("due day: nothing new").isZero();
        assertThat(scanner.scan(LocalDate.of(2026, 3, 6)).emitted()).isEqualTo(1);
        assertThat(scanner.scan(LocalDate.of(2026, 3, 30)).emitted()).isZero();

        List<OutboxEntry> notices = notices(id);
        assertThat(notices).extracting(OutboxEntry::type)
                .containsExactly(EventTypes.DOSSIER_SLA_DUE.type(), EventTypes.DOSSIER_SLA_BREACHED.type());
        ContractSchemas.assertValid(EventTypes.DOSSIER_SLA_DUE, notices.get(0).payload());
        ContractSchemas.assertValid(EventTypes.DOSSIER_SLA_BREACHED, notices.get(1).payload());
        assertThat(notices.get(1).payload()).contains("\"workingDaysLate\":1").contains("\"dueDate\":\"2026-03-05\"");
    }

    @Test
    void two_scans_racing_give_the_notice_once() throws Exception {
        for (int i = 0; i < 20; i++) {
            underAppraisal("d-race-" + i, LocalDate.of(2026, 1, 29));
        }
        CountDownLatch start = new CountDownLatch(1);
        LocalDate threeLeft = LocalDate.of(2026, 3, 2);
        CompletableFuture<ClockedAggregates.ScanResult> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return scanner.scan(threeLeft);
        });
        CompletableFuture<ClockedAggregates.ScanResult> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return scanner.scan(threeLeft);
        });
        start.countDown();
        int emitted = first.get().emitted() + second.get().emitted();

        assertThat(emitted).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            assertThat(notices("d-race-" + i)).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
