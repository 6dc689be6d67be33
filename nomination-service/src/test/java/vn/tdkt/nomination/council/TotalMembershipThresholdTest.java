package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.nomination.council.application.DecisionGates;
import vn.tdkt.nomination.council.application.DecisionGates.GateReason;

/**
 * R-VOTE-02 through the API and the real ballot box: for a CSTĐCS-class form (80 % of the TOTAL membership, NĐ 98/2023
 * Điều 30 k7) a council of 100 with 95 present passes a dossier with 80 approvals and fails one with 79 — although 79
 * is 83 % of those present.
 */
class TotalMembershipThresholdTest extends CouncilTestSupport {

    @Autowired
    DecisionGates gates;

    @Test
    void seventy_nine_of_a_hundred_fails_and_eighty_passes() throws Exception {
        String fails = appraisedPerson("SGDDT", "Nguyễn Thị Bảy Chín", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String passes = appraisedPerson("SYT", "Trần Văn Tám Mươi", null, LocalDate.of(1984, 4, 4), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(100)), fails, passes);
        List<String> present = new ArrayList<>();
        for (int i = 1; i <= 95; i++) {
            present.add(id(i));
        }
        assertThat(attendance(session, present).getStatus()).isEqualTo(200);
        assertThat(openBallot(session).getStatus()).isEqualTo(200);

        for (int i = 1; i <= 95; i++) {
            assertThat(vote(id(i), session, fails, i <= 79 ? "APPROVE" : "REJECT").getStatus()).isEqualTo(200);
            assertThat(vote(id(i), session, passes, i <= 80 ? "APPROVE" : "ABSTAIN").getStatus()).isEqualTo(200);
        }
        String closed = body(closeBallot(session));

        assertThat(JsonPath.<List<Integer>>read(closed, "$.tallies[*].approvals")).containsExactly(79, 80);
        assertThat(JsonPath.<List<Integer>>read(closed, "$.tallies[*].totalMembers")).containsExactly(100, 100);
        assertThat(JsonPath.<List<Boolean>>read(closed, "$.tallies[*].passed")).containsExactly(false, true);
        assertThat(JsonPath.<List<String>>read(closed, "$.tallies[*].resultLabel"))
                .containsExactly("Không đạt", "Đạt");
        assertThat(gates.blockers(fails, LocalDate.of(2026, 12, 20))).extracting(GateReason::code)
                .containsExactly("council.gate.vote-failed");
        assertThat(gates.blockers(passes, LocalDate.of(2026, 12, 20))).isEmpty();
    }
}
