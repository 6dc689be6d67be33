package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.council.application.DecisionGates.GateReason;

/**
 * A provincial award counts the provincial council's vote only: a unit council that later votes on the same dossier,
 * and passes it, neither stands in for the province's vote nor overturns it.
 */
class CouncilLevelGateTest extends CouncilTestSupport {

    @Autowired
    DecisionGates gates;

    @Test
    void a_unit_councils_later_vote_does_not_overturn_the_provincial_councils() throws Exception {
        // given: a CSTĐ tỉnh dossier (90 % of the total membership) that the provincial council fails, 7 of 10
        String dossier = appraisedPerson("SGDDT", "Đỗ Thị Lan", null, LocalDate.of(1986, 6, 6), "CSTD_TINH",
                "Chiến sĩ thi đua cấp tỉnh");
        String provincial = schedule(provincialCouncil(plainMembers(10)), dossier);
        voteAndClose(provincial, dossier, 10, 7);
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 20))).extracting(GateReason::code)
                .containsExactly("council.gate.vote-failed");

        // when: the unit's own council votes on it, 5 of 5
        List<String> unitMembers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            unitMembers.add(memberJson(id(i), "Thành viên Sở " + i, i == 1 ? "CHU_TICH" : "UY_VIEN", "SGDDT", null,
                    null));
        }
        String unit = schedule(establish("Hội đồng TĐKT Sở Giáo dục và Đào tạo", "UNIT", "SGDDT", unitMembers),
                dossier);
        voteAndClose(unit, dossier, 5, 5);

        // then: the provincial council's tally still stands
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 20))).extracting(GateReason::code)
                .containsExactly("council.gate.vote-failed");
    }

    @Test
    void a_decision_cannot_bear_a_date_before_the_vote_it_rests_on() throws Exception {
        // given: the provincial council passes a CSTĐ tỉnh dossier on 01/12/2026 (the test clock's day)
        String dossier = appraisedPerson("SYT", "Vũ Văn Khang", null, LocalDate.of(1980, 2, 2), "CSTD_TINH",
                "Chiến sĩ thi đua cấp tỉnh");
        voteAndClose(schedule(provincialCouncil(plainMembers(10)), dossier), dossier, 10, 10);

        // then: a decision dated the day before is refused, one dated that day is not
        List<GateReason> before = gates.blockers(dossier, LocalDate.of(2026, 11, 30));
        assertThat(before).extracting(GateReason::code).containsExactly("council.gate.vote-after-decision");
        assertThat(before.get(0).args()).contains("30/11/2026", "01/12/2026");
        assertThat(gates.blockers(dossier, LocalDate.of(2026, 12, 1))).isEmpty();
    }
}
