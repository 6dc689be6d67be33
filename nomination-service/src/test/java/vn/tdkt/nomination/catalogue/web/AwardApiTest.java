package vn.tdkt.nomination.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.RegistersTestSupport;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.platformtest.security.TestTokens;

class AwardApiTest extends RegistersTestSupport {

    @Autowired
    CatalogueService catalogues;

    private static String version(String effectiveFrom, String bkTinhName) {
        return """
                {"effectiveFrom": "%s", "note": "Tỉnh bổ sung Giấy khen cho hộ gia đình",
                 "citations": ["Quyết định của UBND tỉnh (ví dụ)"],
                 "awards": [
                   {"code": "BK_TINH", "name": "%s", "kind": "COMMENDATION", "decidingLevel": "PROVINCE",
                    "subjectTypes": ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
                    "requiredDocuments": [{"anyOf": ["TO_TRINH"], "rule": "R-DOS-01"}],
                    "rewardCoefficients": {"COLLECTIVE": 3.0, "INDIVIDUAL": 1.5, "HOUSEHOLD": 2.25}},
                   {"code": "GIAY_KHEN", "name": "Giấy khen", "kind": "COMMENDATION", "decidingLevel": "UNIT",
                    "subjectTypes": ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
                    "rewardCoefficients": {"INDIVIDUAL": 0.3, "COLLECTIVE": 0.6, "HOUSEHOLD": 0.45}}]}
                """.formatted(effectiveFrom, bkTinhName);
    }

    @Test
    void the_catalogue_in_force_depends_on_the_date_and_lists_votes_documents_and_coefficients() throws Exception {
        mvc.perform(get("/api/v1/awards").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[?(@.code == 'CSTD_TINH')].vote.threshold").value(hasItem(0.90)))
                .andExpect(jsonPath("$[?(@.code == 'CSTDCS')].vote.threshold").value(hasItem(0.80)))
                .andExpect(jsonPath("$[?(@.code == 'CSTD_TQ')].decisionLevel").value(hasItem("FORWARDED")))
                .andExpect(jsonPath("$[?(@.code == 'HCLD3')].publicNotice.workingDays").value(hasItem(10)))
                .andExpect(jsonPath("$[?(@.code == 'BK_TINH')].rewardCoefficients.HOUSEHOLD").value(hasItem(2.25)))
                .andExpect(jsonPath("$[?(@.code == 'BK_TTG')].requiredDocuments[*].rule")
                        .value(hasItem("R-DOS-03")))
                .andExpect(jsonPath("$[?(@.code == 'LDTT')].citations[0]").value(hasItem(containsString("Điều 24"))));
        mvc.perform(get("/api/v1/awards").param("on", "2024-05-01").param("subjectType", "HOUSEHOLD")
                        .with(TestTokens.snvOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", contains("BK_TINH")))
                .andExpect(jsonPath("$[0].citations[2]").value(containsString("chưa đối chiếu NĐ 98/2023 [K]")));
        mvc.perform(get("/api/v1/awards").param("on", "yesterday").with(TestTokens.snvOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.parameter-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void an_administrator_publishes_a_version_that_takes_effect_on_its_date() throws Exception {
        mvc.perform(post("/api/v1/awards/versions").with(TestTokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(version("2027-01-01", "Bằng khen của Chủ tịch UBND tỉnh (2027)")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/awards/versions/catalogue-2027-01-01"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.source").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedBy").value("snv-user"));

        mvc.perform(get("/api/v1/awards/versions").with(TestTokens.leader()))
                .andExpect(jsonPath("$[*].id", contains("catalogue-2024-01-01", "catalogue-2025-07-01",
                        "catalogue-2027-01-01")))
                .andExpect(jsonPath("$[0].effectiveTo").value("2025-06-30"))
                .andExpect(jsonPath("$[1].effectiveTo").value("2026-12-31"))
                .andExpect(jsonPath("$[2].effectiveTo").doesNotExist());
        mvc.perform(get("/api/v1/awards").param("on", "2026-12-31").with(TestTokens.leader()))
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/v1/awards").param("on", "2027-01-01").param("subjectType", "HOUSEHOLD")
                        .with(TestTokens.leader()))
                .andExpect(jsonPath("$[*].code", contains("BK_TINH", "GIAY_KHEN")));
        assertThat(catalogues.inForceOn(LocalDate.of(2027, 3, 1)).find("BK_TINH").orElseThrow().name())
                .isEqualTo("Bằng khen của Chủ tịch UBND tỉnh (2027)");
        assertThat(catalogues.inForceOn(LocalDate.of(2026, 12, 20)).find("LDTT")).isPresent();
        assertThat(catalogues.inForceOn(LocalDate.of(2027, 3, 1)).find("LDTT")).isEmpty();
    }

    @Test
    void a_version_cannot_rewrite_the_past_or_jump_the_queue() throws Exception {
        mvc.perform(post("/api/v1/awards/versions").with(TestTokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(version("2026-11-20", "X")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalogue.effective-from-not-future"));
        mvc.perform(post("/api/v1/awards/versions").with(TestTokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(version("2027-06-01", "X")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/awards/versions").with(TestTokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(version("2027-02-01", "X")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalogue.effective-from-not-after-latest"));
        mvc.perform(post("/api/v1/awards/versions").with(TestTokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"effectiveFrom": "2028-01-01", "awards": [
                                  {"code": "GIAY_KHEN", "name": "Giấy khen", "kind": "COMMENDATION",
                                   "decidingLevel": "UNIT", "subjectTypes": ["INDIVIDUAL"],
                                   "rewardCoefficients": {"COLLECTIVE": 0.6}}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalogue.award-invalid"))
                .andExpect(jsonPath("$.detail", containsString("awards[0]")));
        assertThat(catalogues.versions()).hasSize(3);
    }

    @Test
    void reward_money_uses_the_base_salary_on_the_decision_date() throws Exception {
        mvc.perform(get("/api/v1/awards/base-salary").param("on", "2026-06-30").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.amount").value(2_340_000))
                .andExpect(jsonPath("$.citation").value(containsString("73/2024")));
        mvc.perform(get("/api/v1/awards/base-salary").param("on", "2026-07-01").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.amount").value(2_530_000))
                .andExpect(jsonPath("$.citation").value(containsString("161/2026")));
        assertThat(catalogues.rewardAmount("BK_TINH", SubjectType.COLLECTIVE, LocalDate.of(2026, 7, 1)))
                .isEqualTo(7_590_000L);
        assertThat(catalogues.rewardAmount("BK_TINH", SubjectType.HOUSEHOLD, LocalDate.of(2026, 6, 30)))
                .isEqualTo(5_265_000L);
        assertThat(catalogues.rewardAmount("CSTD_TQ", SubjectType.INDIVIDUAL, LocalDate.of(2026, 12, 1)))
                .isEqualTo(11_385_000L);
    }
}
