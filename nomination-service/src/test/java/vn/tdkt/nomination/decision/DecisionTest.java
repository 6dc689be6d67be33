package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.decision.application.DecisionCompletion;
import vn.tdkt.nomination.decision.domain.Awardee;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionAct;
import vn.tdkt.nomination.decision.persistence.DecisionStore;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RegisterSubject;
import vn.tdkt.nomination.register.domain.RewardMoney;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Decisions: the deciding authority is judged by the rules engine as of the decision date and a wrong one is refused
 * with the rule's explanation (vi/en); councils' and public notice's gates block; a dossier is decided once; each
 * award enters the register with its money and sources and publishes {@code award-decided}; the decision is appended
 * to the audit chain; forms above the province are forwarded with a tờ trình and decided centrally; a decision whose
 * writer stopped half-way is completed.
 */
class DecisionTest extends AwardTestSupport {

    static final String DECISIONS = "/api/v1/decisions";

    @Autowired
    AuditLog audit;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    DecisionStore decisions;

    @Autowired
    DecisionCompletion completion;

    @Test
    void the_provincial_chair_decides_and_the_register_shows_the_award_with_its_money() throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026);

        var decided = decide("2150/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", dossier);

        decided.andExpect(status(201));
        assertThat(decided.andReturn().getResponse().getHeader("ETag")).isNotBlank();
        assertThat((String) json(decided, "$.status")).isEqualTo("ISSUED");
        assertThat((Integer) json(decided, "$.awardees[0].money.amount")).as("1,5 × 2.530.000 đ").isEqualTo(3_795_000);
        assertThat((String) json(decided, "$.awardees[0].money.coefficientCitation")).contains("Điều 54");
        assertThat((String) json(decided, "$.awardees[0].money.baseSalaryCitation")).contains("161/2026");
        assertThat((List<String>) json(decided, "$.awardees[0].reliedOn")).as("both CSTĐCS of the two years").hasSize(2);
        String awardId = json(decided, "$.awardees[0].awardId");
        String decisionId = json(decided, "$.id");

        var register = mvc.perform(get("/api/v1/award-register").param("name", "nguyễn thị hoa")
                .param("award", "BK_TINH").with(own()));
        assertThat((Integer) json(register, "$.total")).isEqualTo(1);
        assertThat((String) json(register, "$.items[0].decision.number")).isEqualTo("2150/QĐ-UBND");
        assertThat((String) json(register, "$.items[0].decision.authority")).isEqualTo("CHU_TICH_UBND_TINH");
        assertThat((Integer) json(register, "$.items[0].money.amount")).isEqualTo(3_795_000);

        List<OutboxEntry> outbox = awardOutbox(awardId);
        assertThat(outbox).hasSize(1);
        Map<String, Object> event = com.jayway.jsonpath.JsonPath.read(outbox.get(0).payload(), "$");
        assertThat(outbox.get(0).type()).contains(".award-decided.");
        assertThat(event).containsEntry("amount", 3_795_000).containsEntry("decisionNumber", "2150/QĐ-UBND")
                .containsEntry("authority", "CHU_TICH_UBND_TINH").containsEntry("dossierId", dossier);
        assertThat((String) event.get("verifyUrl")).contains("/verify/");

        assertThat(audit.page(1, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditLog.DECISION);
            assertThat(entry.reference()).isEqualTo(decisionId);
            assertThat(entry.payload()).contains(awardId).contains("3795000");
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_wrong_authority_is_refused_with_the_rules_explanation_and_nothing_is_written() throws Exception {
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026);

        var byHead = expectProblem(decide("15/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier), 409,
                "decision.authority-refused");
        assertThat((String) json(byHead, "$.detail")).contains("R-AUTH-02").contains("không có thẩm quyền")
                .contains("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat((List<String>) json(byHead, "$.reasons[*].rule")).containsExactly("R-AUTH-02");

        var inEnglish = mvc.perform(post(DECISIONS).with(snvOfficer()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(decisionJson("15/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier)));
        assertThat((String) json(inEnglish, "$.detail")).contains("has no power to decide");

        String ldtt = eligiblePerson("Lò Văn Minh", null, "LDTT", 2026);
        var byDistrict = decide("40/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_HUYEN", ldtt);
        byDistrict.andExpect(status(409));
        assertThat((String) json(byDistrict, "$.detail")).contains("R-AUTH-01").contains("cấp huyện");

        var byChairForCommuneForm = decide("2151/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", ldtt);
        assertThat((String) json(byChairForCommuneForm, "$.detail")).contains("R-AUTH-03");

        assertThat(mongo.getCollection("award_register").countDocuments()).isZero();
        assertThat(mongo.getCollection("decisions").countDocuments()).isZero();
        assertThat(mongo.getCollection("decision_claims").countDocuments()).isZero();
        assertThat(audit.size()).isZero();

        decide("41/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", ldtt).andExpect(status(201));
    }

    @Test
    void a_required_council_vote_blocks_the_decision() throws Exception {
        String dossier = eligiblePerson("Cầm Thị Lan", null, "CSTDCS", 2026);

        var blocked = expectProblem(decide("42/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier), 409,
                "decision.blocked");
        assertThat((List<String>) json(blocked, "$.reasons[*].rule")).contains("council.gate.no-vote");
        assertThat((String) json(blocked, "$.detail")).contains("Cầm Thị Lan");
    }

    @Test
    void a_dossier_is_decided_once_and_only_when_appraised_eligible() throws Exception {
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "GIAY_KHEN", 2026);
        decide("43/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier).andExpect(status(201));

        expectProblem(decide("44/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier), 409,
                "decision.dossier-already-decided");

        String draft = create(own(), person("Đinh Văn Sơn", null, "LDTT", 2026, null));
        expectProblem(decide("45/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", draft), 409,
                "decision.dossier-not-eligible");
        decide("46/QĐ-SGDĐT", "2026-12-21", "THU_TRUONG_SO_NGANH", dossier).andExpect(status(400));
        decide("QĐ 47", "2026-12-20", "THU_TRUONG_SO_NGANH", draft).andExpect(status(400));
    }

    @Test
    void money_is_the_coefficient_times_the_base_salary_of_the_decision_date_and_households_get_half_more()
            throws Exception {
        String before = eligibleHousehold("Quàng Văn Pọm", "BK_TINH", 2026);
        String after = eligibleHousehold("Lường Thị Xuân", "BK_TINH", 2026);
        clock.set(LocalDate.of(2026, 7, 15));

        var june = decide("1500/QĐ-UBND", "2026-06-30", "CHU_TICH_UBND_TINH", before);
        var july = decide("1501/QĐ-UBND", "2026-07-01", "CHU_TICH_UBND_TINH", after);

        assertThat((Integer) json(june, "$.awardees[0].money.amount")).as("2,25 × 2.340.000 đ").isEqualTo(5_265_000);
        assertThat((Integer) json(july, "$.awardees[0].money.amount")).as("2,25 × 2.530.000 đ").isEqualTo(5_692_500);
        assertThat((String) json(july, "$.awardees[0].money.baseSalaryCitation")).contains("161/2026");

        for (LocalDate day : List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 20))) {
            for (AwardForm award : catalogues.inForceOn(day).all()) {
                if (award.coefficientFor(SubjectType.HOUSEHOLD).isPresent()) {
                    assertThat(award.coefficientFor(SubjectType.HOUSEHOLD).get()).as(award.code())
                            .isEqualByComparingTo(award.coefficientFor(SubjectType.INDIVIDUAL).orElseThrow()
                                    .multiply(new BigDecimal("1.5")));
                }
            }
        }
    }

    @Test
    void forms_above_the_province_are_forwarded_with_a_submission_and_decided_centrally() throws Exception {
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TTG", 2026);

        expectProblem(decide("2152/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", dossier), 409,
                "decision.forwarded-award");
        // a tờ trình goes to one decider: a Prime Minister's form and a State President's order are not mixed
        String order = eligiblePerson("Lò Văn Dũng", "014080000456", "HCLD3", 2026);
        var mixed = mvc.perform(post(DECISIONS + "/forwardings").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"number": "84/TTr-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                         "dossierIds": ["%s", "%s"]}""".formatted(dossier, order)));
        expectProblem(mixed, 400, "decision.forwarding-mixed-deciders");
        assertThat((String) json(mixed, "$.detail")).contains("Thủ tướng Chính phủ", "Chủ tịch nước");

        var forwarded = mvc.perform(post(DECISIONS + "/forwardings").with(snvOfficer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"number": "85/TTr-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                         "signerTitle": "Chủ tịch", "dossierIds": ["%s"]}""".formatted(dossier)));
        forwarded.andExpect(status(201));
        assertThat((String) json(forwarded, "$.status")).isEqualTo("FORWARDED");
        assertThat((String) json(forwarded, "$.statusLabel")).isEqualTo("Đã trình Trung ương");
        String id = json(forwarded, "$.id");
        assertThat(mongo.getCollection("award_register").countDocuments()).isZero();

        byte[] pdf = mvc.perform(get(DECISIONS + "/" + id + "/submission.pdf").with(snvOfficer()))
                .andExpect(status(200)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("TỜ TRÌNH").contains("Số: 85/TTr-UBND").contains("Nguyễn Thị Hoa")
                    .contains("Bằng khen của Thủ tướng Chính phủ").contains("Kính gửi: Thủ tướng Chính phủ");
        }
        byte[] docx = mvc.perform(get(DECISIONS + "/" + id + "/submission.docx").with(snvOfficer()))
                .andExpect(status(200)).andReturn().getResponse().getContentAsByteArray();
        try (var extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(extractor.getText()).contains("TỜ TRÌNH").contains("Nguyễn Thị Hoa");
        }

        String etag = forwarded.andReturn().getResponse().getHeader("ETag");
        var byPresident = central(id, etag, "CHU_TICH_NUOC");
        byPresident.andExpect(status(409));
        assertThat((String) json(byPresident, "$.detail")).contains("R-AUTH-03");

        var decided = central(id, etag, "THU_TUONG");
        decided.andExpect(status(200));
        assertThat((String) json(decided, "$.status")).isEqualTo("CENTRAL_DECIDED");
        assertThat((Integer) json(decided, "$.awardees[0].money.amount")).as("3,5 × 2.530.000 đ")
                .isEqualTo(8_855_000);
        var register = mvc.perform(get("/api/v1/award-register").param("award", "BK_TTG").with(snvOfficer()));
        assertThat((String) json(register, "$.items[0].decision.number")).isEqualTo("1234/QĐ-TTg");
        assertThat((String) json(register, "$.items[0].decision.authority")).isEqualTo("THU_TUONG");
    }

    @Test
    void a_decision_whose_writer_stopped_half_way_is_completed() throws Exception {
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "GIAY_KHEN", 2026);
        Awardee awardee = new Awardee(dossier, vn.tdkt.platform.domain.Ids.newId(clock), OWN,
                RegisterSubject.person("Nguyễn Thị Hoa", HOA_ID, HOA_BORN, OWN), "GIAY_KHEN", "Giấy khen", 2026, null,
                RewardMoney.of(catalogues.reward("GIAY_KHEN", SubjectType.INDIVIDUAL, LocalDate.of(2026, 12, 20))),
                List.of());
        Instant prepared = clock.instant();
        decisions.insert(Decision.issue("decision-half-written", DecisionAct.decision("50/QĐ-SGDĐT",
                LocalDate.of(2026, 12, 20), "Phạm Văn Đức", null, DecidingAuthority.THU_TRUONG_SO_NGANH),
                List.of(awardee), "snv-user", prepared));
        mongo.insert(new org.bson.Document(Map.of("_id", "orphan-dossier", "decisionId", "decision-never-written",
                "at", prepared)), "decision_claims");

        assertThat(completion.complete()).as("too early: its writer may still be at it").isZero();
        clock.set(java.time.LocalDateTime.of(2026, 12, 20, 12, 0));
        assertThat(completion.complete()).isEqualTo(2);

        assertThat(mongo.getCollection("award_register").countDocuments()).isEqualTo(1);
        assertThat(audit.size()).isEqualTo(1);
        assertThat(decisions.get("decision-half-written").value().registered()).isTrue();
        assertThat(mongo.getCollection("decision_claims").countDocuments()).isZero();
        assertThat(completion.complete()).as("nothing left").isZero();
    }

    @Test
    void a_unit_officer_reads_the_decisions_of_the_own_unit_only() throws Exception {
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "GIAY_KHEN", 2026);
        String id = json(decide("51/QĐ-SGDĐT", "2026-12-20", "THU_TRUONG_SO_NGANH", dossier), "$.id");

        assertThat((Integer) json(mvc.perform(get(DECISIONS).with(own())), "$.total")).isEqualTo(1);
        assertThat((Integer) json(mvc.perform(get(DECISIONS).with(TestTokens.unitOfficer(OTHER))), "$.total"))
                .isZero();
        mvc.perform(get(DECISIONS + "/" + id).with(TestTokens.unitOfficer(OTHER))).andExpect(status(404));
        mvc.perform(get(DECISIONS + "/" + id).with(TestTokens.leader())).andExpect(status(200));
    }

    private org.springframework.test.web.servlet.ResultActions central(String id, String etag, String authority)
            throws Exception {
        return mvc.perform(post(DECISIONS + "/" + id + "/central-decision").with(snvOfficer()).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"number": "1234/QĐ-TTg", "date": "2026-12-20", "signer": "Phạm Minh Chính",
                         "signerTitle": "Thủ tướng", "authority": "%s"}""".formatted(authority)));
    }
}
