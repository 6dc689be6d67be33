package vn.tdkt.nomination.facts.innovations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.RegistersTestSupport;
import vn.tdkt.nomination.facts.application.SubjectFactsService;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.innovations.application.InnovationService;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.domain.DossierFacts;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platformtest.security.TestTokens;

/** The registers feed the rules: a rating and an innovation make a CSTĐCS; a second dossier may not reuse it. */
class InnovationRegisterTest extends RegistersTestSupport {

    private static final LocalDate BORN = LocalDate.of(1985, 3, 15);
    private static final LocalDate DECISION = LocalDate.of(2026, 12, 20);
    private static final SubjectRef HONG = SubjectRef.person(null, "Nguyễn Thị Hồng", BORN, "SGDDT");

    @Autowired
    SubjectFactsService subjects;

    @Autowired
    InnovationService innovations;

    @Autowired
    EligibilityService eligibility;

    @Test
    void a_rating_and_an_innovation_from_the_registers_make_a_cstdcs_and_the_innovation_serves_once()
            throws Exception {
        mvc.perform(post("/api/v1/ratings/imports").with(TestTokens.snvOfficer()).contentType("text/csv")
                .content("Họ và tên,Ngày sinh,Mã đơn vị,Năm,Xếp loại\nNguyễn Thị Hồng,15/03/1985,SGDDT,2026,HTTNV\n"
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
        recordInnovation("SK-2026-09", person("nguyễn thị hồng", "1985-03-15"), "CO_SO", 2026);

        assertThat(check(subjects.factsFor(HONG, 2026, DECISION), null).eligible()).isTrue();

        innovations.markUsed("SK-2026-09", "HS-A", "CSTDCS");
        innovations.markUsed("SK-2026-09", "HS-A", "CSTDCS");
        mvc.perform(get("/api/v1/innovations/SK-2026-09").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(jsonPath("$.usedFor").value("HS-A"))
                .andExpect(jsonPath("$.uses.length()").value(1));

        assertThat(check(subjects.factsFor(HONG, 2026, DECISION, "HS-A"), null).eligible())
                .as("the dossier that used it is still judged with it").isTrue();
        SubjectFacts forAnother = subjects.factsFor(HONG, 2026, DECISION, "HS-B");
        EligibilityReport another = check(forAnother, DossierFacts.builder()
                .duplicates(new DossierFacts.Duplicates(null, null, java.util.List.of("SK-2026-09"))).build());
        assertThat(another.failures()).extracting(r -> r.ruleId()).contains("R-GEN-02", "R-CSCS-01");

        innovations.releaseUse("SK-2026-09", "HS-A");
        assertThat(check(subjects.factsFor(HONG, 2026, DECISION, "HS-B"), null).eligible()).isTrue();
        assertThatThrownBy(() -> innovations.markUsed("SK-0000", "HS-A", "CSTDCS"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("innovation.not-found"));
    }

    @Test
    void innovations_recognised_after_the_day_asked_about_are_left_out_and_ids_are_unique() throws Exception {
        recordInnovation("SK-2026-10", person("Nguyễn Thị Hồng", "1985-03-15"), "TINH", 2026);

        assertThat(subjects.factsFor(HONG, 2026, LocalDate.of(2026, 10, 14)).innovations()).isEmpty();
        assertThat(subjects.factsFor(HONG, 2026, LocalDate.of(2026, 10, 15)).innovations())
                .extracting(SubjectFacts.Innovation::id).containsExactly("SK-2026-10");
        assertThat(subjects.factsFor(HONG, 2025, DECISION).innovations()).as("later years left out").isEmpty();

        mvc.perform(post("/api/v1/innovations").with(TestTokens.snvOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "SK-2026-10", "title": "Trùng mã", "level": "CO_SO", "year": 2026,
                                 "owner": {"unitCode": "SGDDT", "collective": true}}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("innovation.id-taken"));
        mvc.perform(get("/api/v1/innovations").param("year", "2026").with(TestTokens.unitOfficer(OTHER_UNIT)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/innovations").param("year", "2026").with(TestTokens.unitOfficer(OWN_UNIT)))
                .andExpect(jsonPath("$.items[0].levelLabel").value("Cấp tỉnh"));
    }

    private EligibilityReport check(SubjectFacts facts, DossierFacts dossier) {
        return eligibility.check(new EligibilityQuery("CSTDCS", SubjectType.INDIVIDUAL, 2026, DECISION, facts,
                dossier), Locale.forLanguageTag("vi"));
    }
}
