package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.nomination.support.NominationApiTest;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * R-COT-01 on a real dossier: the Cờ thi đua của UBND tỉnh goes to the unit leading its cụm/khối. The rank is never
 * typed into the dossier; it arrives from reporting-service's {@code cluster-ranked}, and the unit states only that
 * the cluster's year-end review confirmed the qualitative criteria.
 */
class ClusterStandingEligibilityTest extends NominationApiTest {

    /**
     * The contract fixtures' ids and year (2026), replaced by this test's own (2025), so that neither this test nor
     * the plan-view tests see each other's cluster in the shared plan view.
     */
    static final String FIXTURE_CLUSTER = "0195f3a2-7c1e-7a00-8000-000000000031";
    static final String FIXTURE_SHEET = "0195f3a2-7c1e-7a00-8000-000000000511";
    static final String CLUSTER = "0195f3a2-7c1e-7a00-8000-0000000c0701";
    static final String SHEET = "0195f3a2-7c1e-7a00-8000-0000000c0702";

    @Autowired InputDestination input;

    @AfterEach
    void removeThisTestsCluster() {
        mongo.remove(Query.query(Criteria.where("_id").is(CLUSTER)), "planview_clusters");
        mongo.remove(Query.query(Criteria.where("_id").is(SHEET)), "planview_cluster_ranks");
    }

    private static String ours(EventType type) {
        return ContractSchemas.fixture(type).replace(FIXTURE_CLUSTER, CLUSTER).replace(FIXTURE_SHEET, SHEET)
                .replace("KHOI-VHXH", "KHOI-KIEMTRA").replace("\"year\": 2026", "\"year\": 2025");
    }

    private static String flag(String name, Boolean confirmed) {
        return """
                {"subject": {"type": "COLLECTIVE", "name": "%s",
                             "members": {"members": 40, "women": 30, "ldtt": 38, "cstdcs": 6, "lowestGrade": "HTNV",
                                         "disciplinedWarningOrAbove": 0, "clusterCriteriaConfirmed": %s}},
                 "proposal": {"awardCode": "CO_TINH", "year": 2025},
                 "achievement": {"summary": "Dẫn đầu khối thi đua năm 2025"}}
                """.formatted(name, confirmed);
    }

    private Boolean rCot01(RequestPostProcessor who, String dossierId) throws Exception {
        String report = mvc.perform(get(DOSSIERS + "/" + dossierId + "/eligibility").with(who)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Boolean> passed = JsonPath.read(report, "$.results[?(@.ruleId == 'R-COT-01')].passed");
        assertThat(passed).as(report).hasSize(1);
        return passed.get(0);
    }

    @Test
    void the_rank_one_unit_passes_r_cot_01_once_its_criteria_are_confirmed_and_the_rank_two_unit_does_not()
            throws Exception {
        // given: the cluster is formed, and reporting-service ranks Sở Y tế first and Sở Giáo dục second
        input.send(EventMessages.of(EventTypes.CLUSTER_FORMED, CLUSTER, 1, ours(EventTypes.CLUSTER_FORMED)),
                "tdkt.plan.events");
        RequestPostProcessor syt = TestTokens.unitOfficer(OTHER);
        String leaderConfirmed = create(syt, flag("Sở Y tế", true));
        String leaderUnconfirmed = create(syt, flag("Sở Y tế (chưa xác nhận tiêu chí)", null));
        String second = create(own(), flag("Sở Giáo dục và Đào tạo", true));
        assertThat(rCot01(syt, leaderConfirmed)).as("no ranking has arrived yet").isFalse();

        // when
        input.send(EventMessages.of(EventTypes.CLUSTER_RANKED, SHEET, 1, ours(EventTypes.CLUSTER_RANKED)),
                "tdkt.reporting.events");

        // then
        assertThat(rCot01(syt, leaderConfirmed)).as("rank 1, criteria confirmed").isTrue();
        assertThat(rCot01(syt, leaderUnconfirmed)).as("rank 1, criteria not stated").isFalse();
        assertThat(rCot01(own(), second)).as("rank 2").isFalse();
        assertThat(read(leaderConfirmed)).contains("\"clusterCriteriaConfirmed\":true");
    }
}
