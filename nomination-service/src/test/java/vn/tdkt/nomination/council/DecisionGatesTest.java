package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.council.application.DecisionGates.GateReason;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platform.domain.DomainException;

/** The seam the decision feature calls: what councils and public notice still require of a dossier. */
class DecisionGatesTest extends NominationApiTest {

    static final LocalDate DECISION_DATE = LocalDate.of(2026, 12, 20);

    @Autowired
    DecisionGates gates;

    @Test
    void an_award_without_vote_or_notice_is_not_blocked() throws Exception {
        String dossier = create(own(), person("Phạm Văn Tuấn", null, "LDTT", 2025, null));

        assertThat(gates.blockers(dossier, DECISION_DATE)).isEmpty();
    }

    @Test
    void an_award_that_needs_a_vote_is_blocked_without_a_passing_tally() throws Exception {
        String dossier = create(own(), person("Nguyễn Thị Hoa", null, "CSTDCS", 2025, "QD-1/2025"));

        assertThat(gates.blockers(dossier, DECISION_DATE)).extracting(GateReason::code)
                .containsExactly("council.gate.no-vote");
        assertThat(gates.blockers(dossier, DECISION_DATE).get(0).args()).contains("Nguyễn Thị Hoa");
    }

    @Test
    void an_award_published_for_comment_is_blocked_without_a_notice() throws Exception {
        String dossier = create(own(), person("Lò Văn Minh", null, "HCLD3", 2025, "QD-2/2025"));

        assertThat(gates.blockers(dossier, DECISION_DATE)).extracting(GateReason::code)
                .containsExactly("notice.gate.not-held");
    }

    @Test
    void an_unknown_dossier_is_not_found() {
        assertThatThrownBy(() -> gates.blockers("no-such-dossier", DECISION_DATE))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }
}
