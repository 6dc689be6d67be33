package vn.tdkt.nomination.facts.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.RegistersTestSupport;
import vn.tdkt.nomination.facts.application.SubjectFactsService;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.persistence.HoldDocument;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.nomination.rules.domain.HoldKind;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.platformtest.security.TestTokens;

class HoldRegisterTest extends RegistersTestSupport {

    private static final LocalDate BORN = LocalDate.of(1985, 3, 15);
    private static final LocalDate DECISION = LocalDate.of(2026, 12, 20);

    @Autowired
    SubjectFactsService subjects;

    @Autowired
    EligibilityService eligibility;

    @Test
    void a_hold_recorded_by_name_matches_the_person_ignoring_case_and_diacritics() throws Exception {
        recordHold(person("Nguyễn Thị Hồng", "1985-03-15"), "COMPLAINT", "2026-11-01");

        assertThat(subjects.factsFor(SubjectRef.person(null, "NGUYEN THI  HONG", BORN, OWN_UNIT), 2026, DECISION)
                .holds()).extracting(SubjectFacts.Hold::kind).containsExactly(HoldKind.COMPLAINT);
        assertThat(subjects.factsFor(SubjectRef.person("001085000777", "nguyễn thị hồng", BORN, OWN_UNIT), 2026,
                DECISION).holds()).as("a person known by ID also matches a hold kept by name").hasSize(1);
        assertThat(subjects.factsFor(SubjectRef.person(null, "Nguyễn Thị Hồng", BORN.plusDays(1), OWN_UNIT), 2026,
                DECISION).holds()).as("another birth date is another person").isEmpty();
        assertThat(subjects.factsFor(SubjectRef.person(null, "Nguyễn Thị Hồng", BORN, OTHER_UNIT), 2026,
                DECISION).holds()).as("another unit is another person").isEmpty();
    }

    @Test
    void a_hold_recorded_by_national_id_matches_whatever_name_is_given() throws Exception {
        recordHold("""
                {"nationalId": "001085000777", "fullName": "Nguyễn Thị Hồng", "birthDate": "1985-03-15",
                 "unitCode": "SGDDT"}""", "INVESTIGATION", "2026-10-01");

        assertThat(subjects.factsFor(SubjectRef.person("001085000777", "Nguyen T. Hong", BORN, OTHER_UNIT), 2026,
                DECISION).holds()).hasSize(1);
        assertThat(subjects.factsFor(SubjectRef.person("001085000778", "Nguyễn Thị Hồng", BORN, OWN_UNIT), 2026,
                DECISION).holds()).as("two different IDs never match").isEmpty();
    }

    @Test
    void an_active_hold_blocks_with_an_explanation_and_lifting_it_is_recorded() throws Exception {
        String id = recordHold(person("Nguyễn Thị Hồng", "1985-03-15"), "COMPLAINT", "2026-11-01");
        SubjectRef hong = SubjectRef.person(null, "Nguyễn Thị Hồng", BORN, OWN_UNIT);
        RuleResult before = gen05(subjects.factsFor(hong, 2026, DECISION));
        assertThat(before.passed()).isFalse();
        assertThat(before.explanation()).contains("Có đơn khiếu nại, tố cáo đang xác minh (từ 01/11/2026)");

        mvc.perform(post("/api/v1/holds/" + id + "/lift").with(TestTokens.snvOfficer())
                        .header(HttpHeaders.IF_MATCH, "\"7\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Thanh tra tỉnh kết luận không có vi phạm\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(mongo.findById(id, HoldDocument.class).getAggregate().lifted()).as("a stale tag changes nothing")
                .isNull();

        clock.set(LocalDate.of(2026, 12, 1));
        mvc.perform(post("/api/v1/holds/" + id + "/lift").with(TestTokens.snvOfficer())
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Thanh tra tỉnh kết luận không có vi phạm\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.lifted.by").value("snv-user"))
                .andExpect(jsonPath("$.lifted.on").value("2026-12-01"))
                .andExpect(jsonPath("$.lifted.reason").value("Thanh tra tỉnh kết luận không có vi phạm"));

        assertThat(gen05(subjects.factsFor(hong, 2026, DECISION)).passed()).as("lifted before the decision").isTrue();
        assertThat(gen05(subjects.factsFor(hong, 2026, LocalDate.of(2026, 11, 20))).passed())
                .as("as of a day before the lift, the hold was in force").isFalse();

        mvc.perform(post("/api/v1/holds/" + id + "/lift").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"lần nữa\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("hold.already-lifted"));
        mvc.perform(post("/api/v1/holds/" + id + "/lift").with(TestTokens.snvOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void holds_list_by_unit_and_only_those_in_force() throws Exception {
        recordHold(person("Nguyễn Thị Hồng", "1985-03-15"), "COMPLAINT", "2026-11-01");
        String ended = recordHold(personWithId("001079000321"), "PRESS_REPORT", "2026-01-01");
        mvc.perform(post("/api/v1/holds/" + ended + "/lift").with(TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Đã xác minh\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/holds").param("active", "true").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].subject.fullName").value("Nguyễn Thị Hồng"))
                .andExpect(jsonPath("$.items[0].kindLabel").value("Có đơn khiếu nại, tố cáo đang xác minh"));
        mvc.perform(get("/api/v1/holds").with(TestTokens.snvOfficer()))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(post("/api/v1/holds").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subject": {"fullName": "Nguyễn Thị Hồng", "unitCode": "SGDDT"},
                                 "kind": "COMPLAINT", "since": "2026-11-01", "reason": "x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("subject.person-incomplete"));
        mvc.perform(post("/api/v1/holds").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").content("""
                                {"subject": {"nationalId": "001085000777", "unitCode": "SGDDT"},
                                 "kind": "COMPLAINT", "since": "2026-11-01", "until": "2026-10-01", "reason": "x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is before start date")));
    }

    @Test
    void a_concluded_discipline_restarts_the_achievement_window() throws Exception {
        recordDiscipline(person("Nguyễn Thị Hồng", "1985-03-15"), "CANH_CAO", "2025-03-01", "2026-03-01");
        SubjectFacts facts = subjects.factsFor(SubjectRef.person(null, "Nguyen Thi Hong", BORN, OWN_UNIT), 2026,
                DECISION).withAwards(java.util.List.of(new SubjectFacts.PriorAward("CSTDCS", 2025, null, true),
                new SubjectFacts.PriorAward("CSTDCS", 2026, null, true)));

        EligibilityReport report = eligibility.check(new EligibilityQuery("BK_TINH", SubjectType.INDIVIDUAL, 2026,
                DECISION, facts, null), Locale.forLanguageTag("vi"));

        assertThat(result(report, "R-GEN-06").explanation()).contains("01/03/2026");
        assertThat(result(report, "R-BKT-01").passed()).isFalse();
        mvc.perform(get("/api/v1/disciplines").param("unit", OWN_UNIT).with(TestTokens.councilMember()))
                .andExpect(jsonPath("$.items[0].levelLabel").value("Cảnh cáo"));
    }

    private RuleResult gen05(SubjectFacts facts) {
        return result(eligibility.check(new EligibilityQuery("LDTT", SubjectType.INDIVIDUAL, 2026, DECISION, facts,
                null), Locale.forLanguageTag("vi")), "R-GEN-05");
    }

    private static RuleResult result(EligibilityReport report, String ruleId) {
        return report.results().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
