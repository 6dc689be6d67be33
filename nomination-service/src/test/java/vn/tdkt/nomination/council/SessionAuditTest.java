package vn.tdkt.nomination.council;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.nomination.council.application.SessionAudit;

/**
 * A close interrupted after the session was saved but before its audit records were all written is finished by the
 * scheduled pass, which adds only what is missing (each entry's reference is the fact's own id).
 */
class SessionAuditTest extends CouncilTestSupport {

    @Autowired
    SessionAudit audit;

    @Test
    void an_interrupted_close_is_finished_without_duplicating_any_entry() throws Exception {
        String teacher = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(3)), teacher);
        attendance(session, List.of(id(1), id(2), id(3)));
        openBallot(session);
        for (int i = 1; i <= 3; i++) {
            vote(id(i), session, teacher, "APPROVE");
        }
        closeBallot(session);
        long entries = mongo.count(new Query(), "audit_chain");
        assertThat(entries).isEqualTo(3 + 1);
        // as if the process had died after the last ballot's entry: the tally's entry and the mark are missing
        mongo.remove(Query.query(Criteria.where("kind").is("COUNCIL_TALLY")), "audit_chain");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(session)), Update.update(path("auditRecorded"),
                false), "council_sessions");

        int finished = audit.finishPending();

        assertThat(finished).isEqualTo(1);
        assertThat(mongo.count(new Query(), "audit_chain")).isEqualTo(entries);
        assertThat(mongo.count(Query.query(Criteria.where("kind").is("BALLOT")), "audit_chain")).isEqualTo(3);
        assertThat(JsonPath.<Boolean>read(read(session), "$.auditRecorded")).isTrue();
        assertThat(audit.finishPending()).isZero();
    }
}
