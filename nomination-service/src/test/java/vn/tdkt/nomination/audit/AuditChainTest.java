package vn.tdkt.nomination.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.audit.domain.AuditEntry;
import vn.tdkt.nomination.audit.domain.ChainVerification;
import vn.tdkt.platformtest.security.TestTokens;
import vn.tdkt.platformtest.service.ServiceTest;

class AuditChainTest extends ServiceTest {

    @Autowired
    AuditLog audit;

    @BeforeEach
    void emptyChain() {
        mongo.remove(new Query(), "audit_chain");
    }

    @Test
    void appended_facts_form_a_chain_that_verifies_and_a_fact_is_recorded_once() {
        AuditEntry first = audit.append(AuditLog.DECISION, "dossier-1", "decision-1",
                Map.of("number", "2150/QĐ-UBND", "amount", 7_590_000));
        AuditEntry second = audit.append(AuditLog.REVOCATION, "dossier-1", "revocation-1", Map.of("trigger", "A"));
        AuditEntry again = audit.append(AuditLog.DECISION, "dossier-1", "decision-1",
                Map.of("amount", 7_590_000, "number", "2150/QĐ-UBND"));

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(again).isEqualTo(first);
        assertThat(audit.size()).isEqualTo(2);
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 2, null, null));
    }

    @Test
    void an_entry_edited_directly_in_the_database_is_caught_with_its_position() {
        for (int i = 1; i <= 5; i++) {
            audit.append(AuditLog.BALLOT, "session-1", "ballot-" + i, Map.of("choice", "APPROVE"));
        }

        mongo.updateFirst(Query.query(Criteria.where("_id").is(3L)),
                Update.update("payload", "{\"choice\":\"REJECT\"}"), "audit_chain");

        ChainVerification verification = audit.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(3L);
        assertThat(verification.reason()).isEqualTo("CONTENT_CHANGED");
    }

    @Test
    void rewriting_an_entry_with_a_fresh_hash_still_breaks_the_next_link() {
        for (int i = 1; i <= 3; i++) {
            audit.append(AuditLog.BALLOT, "session-1", "ballot-" + i, Map.of("choice", "APPROVE"));
        }
        AuditEntry original = audit.page(2, 1).get(0);
        AuditEntry forged = AuditEntry.after(audit.page(1, 1).get(0), original.kind(), original.subject(),
                original.reference(), "{\"choice\":\"REJECT\"}", original.at());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(2L)),
                new Update().set("payload", forged.payload()).set("hash", forged.hash()), "audit_chain");

        assertThat(audit.verify()).isEqualTo(new ChainVerification(false, 3, 3L, "LINK_BROKEN"));
    }

    @Test
    void concurrent_appends_all_land_in_one_unbroken_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            java.util.List<Future<?>> appends = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                appends.add(pool.submit(() -> audit.append(AuditLog.BALLOT, "session-2", "ballot-c" + n,
                        Map.of("choice", n % 2 == 0 ? "APPROVE" : "REJECT"))));
            }
            for (Future<?> append : appends) {
                append.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(audit.size()).isEqualTo(60);
        assertThat(audit.verify().intact()).isTrue();
        assertThat(mongo.findById(60L, Document.class, "audit_chain")).isNotNull();
    }

    @Test
    void inspectors_read_and_verify_the_chain_and_unit_officers_cannot() throws Exception {
        audit.append(AuditLog.DECISION, "dossier-9", "decision-9", Map.of("number", "1/QĐ-UBND"));

        mvc.perform(get("/api/v1/audit-chain/verification").with(TestTokens.snvOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(1));
        mvc.perform(get("/api/v1/audit-chain").with(TestTokens.leader()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries[0].reference").value("decision-9"));
        mvc.perform(get("/api/v1/audit-chain").with(TestTokens.unitOfficer("SGDDT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-chain/verification")).andExpect(status().isUnauthorized());
    }
}
