package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legal bases and the documents a plan cites: in its "Căn cứ" lines, a "Thực hiện …" preamble and its body; the plan's
 * own bases told apart from documents merely mentioned; a document cited with two dates warned about, not decided;
 * a number broken by a line break still read; the issuer taken from the preamble when the header has none.
 */
class CitationsTest {

    /** A department's implementing plan: no issuer in the header, a parent plan in the preamble, messy line breaks. */
    static final String IMPLEMENTING_PLAN = """
            Số: 27/KH-SYT
            Sơn La, ngày 15 tháng 01 năm 2026
            KẾ HOẠCH
            Thi đua, khen thưởng ngành y tế năm 2026
            Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội;
            Căn cứ Nghị định số 152/2025/NĐ-
            CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
            Căn cứ Thông tư số
            15/2025/TT-BNV ngày 04/8/2025 của Bộ trưởng Bộ Nội vụ hướng dẫn thi hành;
            Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về công tác thi đua, khen thưởng năm 2026, Sở Y tế ban hành Kế hoạch thi đua, khen thưởng ngành y tế năm 2026 như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            - Cụ thể hóa Kế hoạch số 12/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh trong ngành y tế.
            - Tuyên truyền Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng.
            II. TỔ CHỨC THỰC HIỆN
            1. Văn phòng Sở: hằng quý tổng hợp, báo cáo kết quả về Sở Nội vụ.
            """;

    private final ParsedPlan plan = PlanText.read(IMPLEMENTING_PLAN);

    @Test
    void givenAHeaderWithoutIssuer_whenRead_thenTheIssuerComesFromThePreamble() {
        assertThat(plan.header().issuer()).isEqualTo("Sở Y tế");
        assertThat(plan.header().issuerSource()).isEqualTo(PlanHeader.IssuerSource.PREAMBLE);
        assertThat(PlanText.read(TestDocuments.text(TestDocuments.SON_LA_2025)).header())
                .extracting(PlanHeader::issuer, PlanHeader::issuerSource)
                .containsExactly("Ủy ban nhân dân tỉnh", PlanHeader.IssuerSource.PREAMBLE);
    }

    @Test
    void givenNumbersBrokenAcrossLines_whenRead_thenEachBasisHasItsWholeNumberDateAndIssuer() {
        assertThat(plan.legalBases()).extracting(LegalBasis::documentKind, LegalBasis::documentNumber, LegalBasis::date,
                LegalBasis::issuer, LegalBasis::role).containsExactly(
                tuple("Luật", "06/2022/QH15", LocalDate.of(2022, 6, 15), "Quốc hội", CitationRole.LEGAL_BASIS),
                tuple("Nghị định", "152/2025/NĐ-CP", LocalDate.of(2025, 6, 14), "Chính phủ", CitationRole.LEGAL_BASIS),
                tuple("Thông tư", "15/2025/TT-BNV", LocalDate.of(2025, 8, 4), "Bộ trưởng Bộ Nội vụ", CitationRole.LEGAL_BASIS),
                tuple("Kế hoạch", "12/KH-UBND", LocalDate.of(2026, 1, 5), "Ủy ban nhân dân tỉnh", CitationRole.PARENT));
    }

    @Test
    void givenDocumentsMentionedInTheBody_whenRead_thenTheyAreMentionsWithWhereTheyWereCited() {
        assertThat(plan.mentionedDocuments()).extracting(DocumentCitation::kind, DocumentCitation::number,
                DocumentCitation::date, DocumentCitation::issuer, DocumentCitation::citedIn).containsExactly(
                tuple("Kế hoạch", "12/KH-UBND", LocalDate.of(2026, 1, 6), "Ủy ban nhân dân tỉnh", "I.1"),
                tuple("Chỉ thị", "34-CT/TW", LocalDate.of(2014, 4, 7), "Bộ Chính trị", "I.1"));
        assertThat(plan.citations()).filteredOn(c -> c.role().isOwnBasis()).hasSize(4);
    }

    @Test
    void givenTheSameDocumentWithTwoDates_whenRead_thenAWarningNamesBothAndNeitherIsPicked() {
        assertThat(plan.warnings(WarningCode.CITATION_DATE_CONFLICT)).singleElement().satisfies(warning -> {
            assertThat(warning.message()).contains("12/KH-UBND", "05/01/2026", "06/01/2026");
            assertThat(warning.lineNumber()).isEqualTo(13);
        });
        assertThat(plan.citations()).filteredOn(c -> "12/KH-UBND".equals(c.number()))
                .extracting(DocumentCitation::date).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
    }

    @Test
    void givenTheSonLaPlan_whenRead_thenItsBasesAndTheDirectivesItPromotesAreToldApart() {
        ParsedPlan sonLa = PlanText.read(TestDocuments.text(TestDocuments.SON_LA_2025));

        assertThat(sonLa.legalBases()).extracting(LegalBasis::issuer)
                .containsExactly(null, "Chính phủ", "Bộ trưởng Bộ Nội vụ");
        assertThat(sonLa.mentionedDocuments()).extracting(DocumentCitation::number, DocumentCitation::issuer,
                DocumentCitation::citedIn).containsExactly(
                tuple("98/2023/NĐ-CP", "Chính phủ", DocumentCitation.LEGAL_BASES),
                tuple("34-CT/TW", "Bộ Chính trị", "II.1"),
                tuple("19/CT-TTg", "Thủ tướng Chính phủ", "II.1"),
                tuple("11/CT-UBND", "UBND tỉnh", "II.1"));
        assertThat(sonLa.warnings(WarningCode.CITATION_DATE_CONFLICT)).isEmpty();
    }

    @Test
    void givenAWordDocumentWithALineBreakInsideANumber_whenRead_thenTheNumberIsWhole() {
        TestPlan layout = new TestPlan(List.of(
                TestPlan.Block.paragraph("Số: 03/KH-SNV"),
                TestPlan.Block.paragraph("Sơn La, ngày 10 tháng 02 năm 2026"),
                TestPlan.Block.paragraph("KẾ HOẠCH"),
                TestPlan.Block.paragraph("Tập huấn nghiệp vụ thi đua, khen thưởng năm 2026"),
                TestPlan.Block.paragraph("Căn cứ Nghị định số 152/\n2025/NĐ-CP ngày 14/6/2025 của Chính phủ;"),
                TestPlan.Block.paragraph("Sở Nội vụ ban hành Kế hoạch tập huấn như sau:"),
                TestPlan.Block.paragraph("I. NỘI DUNG"),
                TestPlan.Block.paragraph("- Mở lớp tập huấn cho cán bộ làm công tác thi đua, khen thưởng.")),
                List.of(), List.of());

        ParsedPlan read = PlanText.withKnownUnits(name -> false).docx(PlanDocx.writer().write(layout), null);

        assertThat(read.legalBases()).extracting(LegalBasis::documentNumber, LegalBasis::issuer)
                .containsExactly(tuple("152/2025/NĐ-CP", "Chính phủ"));
        assertThat(read.header().issuer()).isEqualTo("Sở Nội vụ");
    }
}
