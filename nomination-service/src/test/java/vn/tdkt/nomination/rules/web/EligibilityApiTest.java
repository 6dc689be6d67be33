package vn.tdkt.nomination.rules.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.tdkt.nomination.RegistersTestSupport;
import vn.tdkt.platformtest.security.TestTokens;

class EligibilityApiTest extends RegistersTestSupport {

    /** The request of the issue, verbatim. */
    private static final String ISSUE_EXAMPLE = """
            { "awardCode": "CSTD_TINH", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
              "facts": {
                "ratings":     [{"year": 2026, "grade": "HTXSNV"}],
                "awards":      [{"awardCode": "CSTDCS", "year": 2025, "type": "PERIODIC"}],
                "innovations": [{"id": "SK-2025-07", "year": 2025, "level": "TINH", "usedFor": null}],
                "holds":       [{"kind": "COMPLAINT", "since": "2026-11-01", "until": null}],
                "disciplines": [{"level": "KHIEN_TRACH", "from": "2024-05-01", "to": "2025-05-01"}],
                "collective":  {"members": 20, "membersLdtt": 14, "membersCstdcs": 1, "lowestMemberGrade": "HTNV",
                                "membersDisciplinedWarningOrAbove": 0},
                "cluster":     {"code": "KHOI_1", "year": 2026, "rank": 1} } }
            """;

    private ResultActions check(String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/eligibility-checks").with(TestTokens.unitOfficer(OWN_UNIT))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void the_issue_example_is_judged_by_nd152_and_explains_each_failure_in_vietnamese() throws Exception {
        check(ISSUE_EXAMPLE, "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.ruleSet.id").value("nd152-2025"))
                .andExpect(jsonPath("$.ruleSet.version").value("1"))
                .andExpect(jsonPath("$.ruleSet.effectiveFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-05')].passed").value(false))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-05')].citation")
                        .value(hasItem(containsString("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4"))))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-05')].explanation")
                        .value(hasItem(containsString("Có đơn khiếu nại, tố cáo đang xác minh (từ 01/11/2026)"))))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-CSTT-01')].passed").value(false))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-CSTT-01')].explanation")
                        .value(hasItem(containsString("03 lần liên tục Chiến sĩ thi đua cơ sở"))))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-10')].passed").value(true))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-10')].explanation").value(hasItem((Object) null)))
                .andExpect(jsonPath("$.results[*].ruleId", not(hasItem("R-DOS-01"))))
                .andExpect(jsonPath("$.results[*].ruleId", not(hasItem("R-TTTT-01"))));
    }

    @Test
    void english_is_given_on_request() throws Exception {
        check(ISSUE_EXAMPLE, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-GEN-05')].explanation")
                        .value(hasItem(containsString("Complaint or denunciation being verified (since 01/11/2026)"))));
    }

    @Test
    void a_subject_meeting_every_rule_is_eligible_and_dossier_facts_add_the_dossier_rules() throws Exception {
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026, "grade": "HTTNV"}]},
                 "dossier": {"documents": ["TO_TRINH", "BAO_CAO_THANH_TICH"], "authority": "COMMUNE_CHAIRMAN"}}
                """, "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-LDTT-01')].passed").value(true))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-AUTH-01')].passed").value(true))
                .andExpect(jsonPath("$.results[?(@.ruleId == 'R-DOS-01')].explanation")
                        .value(hasItem(containsString("Biên bản họp bình xét"))));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026, "grade": "HTTNV"}]}}
                """, "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_field() throws Exception {
        check("""
                {"awardCode": "HUAN_CHUONG_XYZ", "subjectType": "INDIVIDUAL", "year": 2026,
                 "decisionDate": "2026-12-20"}""", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("eligibility.award-unknown"))
                .andExpect(jsonPath("$.detail", containsString("“awardCode”")))
                .andExpect(jsonPath("$.detail", containsString("HUAN_CHUONG_XYZ")));
        check("""
                {"awardCode": "CO_TINH", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20"}
                """, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("eligibility.subject-type-not-allowed"))
                .andExpect(jsonPath("$.detail", containsString("Field “subjectType”")));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026}""", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("eligibility.field-required"))
                .andExpect(jsonPath("$.detail", containsString("decisionDate")));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026, "grade": "XUAT_SAC"}]}}""", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.field-not-allowed"))
                .andExpect(jsonPath("$.errors[0].field").value("facts.ratings[0].grade"))
                .andExpect(jsonPath("$.detail", containsString("HTXSNV, HTTNV, HTNV, KHTNV")));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"holds": [{"kind": "RUMOUR", "since": "2026-01-01"}]}}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts.holds[0].kind"));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2026-12-20",
                 "facts": {"ratings": [{"year": 2026}]}}""", "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts.ratings[0].grade"));
        check("""
                {"awardCode": "LDTT", "subjectType": "INDIVIDUAL", "year": 2026, "decisionDate": "2023-06-01"}
                """, "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalogue.none-in-force"));
    }

    @Test
    void the_rule_sets_list_their_dates_and_rules_with_citations() throws Exception {
        mvc.perform(get("/api/v1/rule-sets").with(TestTokens.leader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("nd98-2023"))
                .andExpect(jsonPath("$[0].effectiveTo").value("2025-06-30"))
                .andExpect(jsonPath("$[1].id").value("nd152-2025"))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2025-07-01"))
                .andExpect(jsonPath("$[1].province").value("default"));
        mvc.perform(get("/api/v1/rule-sets/nd152-2025").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[?(@.id == 'R-GEN-03')].kind").value(hasItem("PRINCIPLE")))
                .andExpect(jsonPath("$.rules[?(@.id == 'R-GEN-08')].kind").value(hasItem("COMPARATOR")))
                .andExpect(jsonPath("$.rules[?(@.id == 'R-TTTT-01')].parameters.minLdttShare").value(hasItem(0.7)))
                .andExpect(jsonPath("$.rules[?(@.id == 'R-TTTT-01')].confidence").value(hasItem("V-prov")))
                .andExpect(jsonPath("$.rules[?(@.id == 'R-CSCS-01')].condition")
                        .value(hasItem(containsString("facts.grade[proposal.year]"))));
        mvc.perform(get("/api/v1/rule-sets/nd-2099").with(TestTokens.snvOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("rule-set.not-found"));
    }
}
