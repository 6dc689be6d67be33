package vn.tdkt.nomination.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.facts.application.SubjectFactsService;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RevocationTrigger;
import vn.tdkt.nomination.register.domain.Revoking;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * The award register: seeded from historical decisions (all or nothing, per-row errors, the same rows imported
 * again add nothing), searched by name ignoring case and diacritics, by unit, form and year, and the source of the
 * rules' prior awards — a register award satisfies a prerequisite, a revoked one does not, and a declaration cannot
 * fill a year the register covers.
 */
class AwardRegisterTest extends AwardTestSupport {

    static final String REGISTER = "/api/v1/award-register";
    static final SubjectRef HOA = SubjectRef.person(HOA_ID, "Nguyễn Thị Hoa", HOA_BORN, OWN);

    @Autowired
    RegisterService register;

    @Autowired
    SubjectFactsService facts;

    @Autowired
    EligibilityService eligibility;

    @Test
    void historical_decisions_seed_the_register_and_search_ignores_case_and_diacritics() throws Exception {
        var imported = importRegister(List.of(
                personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS", 2024, "120/QĐ-SGDĐT", "15/12/2024",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "Chiến sĩ thi đua cơ sở", 2025, "98/QĐ-SGDĐT", "15/12/2025",
                        "Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc tỉnh"),
                personRow("Đặng Văn Hùng", null, OTHER, "LDTT", 2025, "77/QĐ-SYT", "20/12/2025",
                        "THU_TRUONG_SO_NGANH"),
                new String[] {"Tập thể", "Phòng Giáo dục Tiểu học", null, null, "SGDDT-GDTH", null, "TTLDXS",
                        "2025", null, "2201/QĐ-UBND", "25/12/2025", "CHU_TICH_UBND_TINH", "Lê Văn Thành", null}));
        imported.andExpect(status(200));
        assertThat((Integer) json(imported, "$.imported")).isEqualTo(4);

        var byName = mvc.perform(get(REGISTER).param("name", "NGUYEN thi hoa").with(snvOfficer()));
        assertThat((List<String>) json(byName, "$.items[*].awardCode")).containsExactly("CSTDCS", "CSTDCS");
        assertThat((List<Integer>) json(byName, "$.items[*].year")).containsExactly(2025, 2024);
        assertThat((Integer) json(byName, "$.items[0].money.amount")).as("1,0 × 2.340.000 đ on 15/12/2025")
                .isEqualTo(2_340_000);
        assertThat((String) json(byName, "$.items[0].money.source")).contains("Hệ số 1 × mức lương cơ sở 2.340.000 đ")
                .contains("73/2024");
        assertThat((String) json(byName, "$.items[0].source")).isEqualTo("IMPORT");

        assertThat((Integer) json(mvc.perform(get(REGISTER).param("name", "hùng").with(snvOfficer())), "$.total"))
                .isEqualTo(1);
        assertThat((Integer) json(mvc.perform(get(REGISTER).param("award", "TTLDXS").with(snvOfficer())), "$.total"))
                .isEqualTo(1);
        assertThat((Integer) json(mvc.perform(get(REGISTER).param("year", "2025").with(snvOfficer())), "$.total"))
                .isEqualTo(3);
        assertThat((Integer) json(mvc.perform(get(REGISTER).param("unit", OTHER).with(snvOfficer())), "$.total"))
                .isEqualTo(1);
        var page = mvc.perform(get(REGISTER).param("size", "2").param("page", "1").with(snvOfficer()));
        assertThat((Integer) json(page, "$.total")).isEqualTo(4);
        assertThat((List<?>) json(page, "$.items")).hasSize(2);

        var ownOfficer = mvc.perform(get(REGISTER).with(own()));
        assertThat((List<String>) json(ownOfficer, "$.items[*].subject.unitCode")).containsOnly(OWN);
        String hungId = json(mvc.perform(get(REGISTER).param("name", "hung").with(snvOfficer())), "$.items[0].id");
        mvc.perform(get(REGISTER + "/" + hungId).with(own())).andExpect(status(404));
        mvc.perform(get(REGISTER + "/" + hungId).with(TestTokens.unitOfficer(OTHER))).andExpect(status(200));
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_lists_every_problem() throws Exception {
        var rejected = expectProblem(importRegister(List.of(
                personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS", 2024, "120/QĐ-SGDĐT", "15/12/2024",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Lò Văn Minh", null, OWN, "HUY_HIEU", 2025, "9/QĐ-SGDĐT", "15/12/2025",
                        "THU_TRUONG_SO_NGANH"),
                personRow("Cầm Thị Lan", null, OWN, "LDTT", 2025, "10/QĐ-UBND", "31/02/2025", "CHU_TICH_UBND_XA"),
                personRow("Quàng Văn Sơn", null, OWN, "LDTT", 2025, "11/QĐ-UBND", "20/10/2025",
                        "CHU_TICH_UBND_HUYEN"))), 400, "register.import.rejected");
        assertThat((List<Integer>) json(rejected, "$.errors[*].row")).containsExactly(3, 4, 5);
        assertThat((List<String>) json(rejected, "$.errors[*].code")).containsExactly(
                "register.import.award-unknown", "register.import.date-invalid", "register.import.authority-refused");
        assertThat((String) json(rejected, "$.errors[2].message")).contains("cấp huyện");
        assertThat(mongo.getCollection("award_register").countDocuments()).isZero();
    }

    @Test
    void the_same_rows_imported_again_add_nothing_twice() throws Exception {
        List<String[]> rows = java.util.Collections.singletonList(personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS",
                2024, "120/QĐ-SGDĐT", "15/12/2024", "THU_TRUONG_SO_NGANH"));
        importRegister(rows).andExpect(status(200));
        var again = importRegister(rows);
        again.andExpect(status(200));
        assertThat((Integer) json(again, "$.imported")).isZero();
        assertThat((Integer) json(again, "$.alreadyPresent")).isEqualTo(1);
        assertThat(mongo.getCollection("award_register").countDocuments()).isEqualTo(1);

        var clash = importRegister(java.util.Collections.singletonList(personRow("Nguyễn Thị Hoa", HOA_ID, OWN, "CSTDCS", 2024,
                "999/QĐ-SGDĐT", "20/12/2024", "THU_TRUONG_SO_NGANH")));
        clash.andExpect(status(400));
        assertThat((String) json(clash, "$.errors[0].code")).isEqualTo("register.import.already-in-register");
    }

    @Test
    void a_register_award_satisfies_a_prerequisite_and_a_revoked_one_does_not() throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        assertThat(bkTinh(facts.factsFor(HOA, 2026, LocalDate.of(2026, 12, 20))).passed())
                .as("two consecutive CSTĐCS from the register (R-BKT-01)").isTrue();

        AwardRecord cstdcs2025 = register.ofSubject(HOA).stream().filter(a -> a.year() == 2025).findFirst()
                .orElseThrow();
        register.revoke(cstdcs2025.id(), new Revoking("revocation-1", "15/QĐ-SGDĐT", LocalDate.of(2026, 12, 1),
                DecidingAuthority.THU_TRUONG_SO_NGANH, "Phạm Văn Đức", RevocationTrigger.A, "Kê khai sai",
                null, 2_340_000, List.of()));

        RuleResult after = bkTinh(facts.factsFor(HOA, 2026, LocalDate.of(2026, 12, 20)));
        assertThat(after.passed()).as("a revoked award counts for nothing").isFalse();
        assertThat(after.explanation()).contains("có: 2026");

        SubjectFacts declaring = facts.factsFor(HOA, 2026, LocalDate.of(2026, 12, 20), null,
                List.of(new SubjectFacts.PriorAward("CSTDCS", 2025, CommendationType.PERIODIC, true),
                        new SubjectFacts.PriorAward("CSTDCS", 2023, CommendationType.PERIODIC, true)), Set.of());
        assertThat(bkTinh(declaring).passed()).as("a declaration cannot bring back a year the register covers")
                .isFalse();
        assertThat(declaring.awards()).extracting(SubjectFacts.PriorAward::year, SubjectFacts.PriorAward::declared)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2026, false),
                        org.assertj.core.groups.Tuple.tuple(2023, true));
    }

    @Test
    void the_template_has_the_vietnamese_headers() throws Exception {
        byte[] xlsx = mvc.perform(get(REGISTER + "/imports/template").with(snvOfficer())).andExpect(status(200))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Đối tượng (*)");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Số quyết định (*)");
        }
    }

    private RuleResult bkTinh(SubjectFacts subjectFacts) {
        return eligibility.check(new EligibilityQuery("BK_TINH", SubjectType.INDIVIDUAL, 2026,
                LocalDate.of(2026, 12, 20), subjectFacts, null), Locale.forLanguageTag("vi")).results().stream()
                .filter(r -> r.ruleId().equals("R-BKT-01")).findFirst().orElseThrow();
    }
}
