package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A plan with the defects of real extractions: CRLF, decomposed Unicode (NFD), no-break and zero-width
 * spaces, soft hyphens, tabs, stray spaces before punctuation ("II . NỘI DUNG", "1 .  Sở"), en-dash
 * and '+' bullets, "b )" and "đ)" points, a header cell wrapped over two lines.
 */
class MessyFormattingPlanTest {

    private static final String TEXT = TestDocuments.text(TestDocuments.MESSY_FORMATTING);
    private final ParsedPlan plan = new PlanDocumentParser().parse(TEXT, ImportProgressListener.NONE);

    @Test
    void givenTheTestDocument_whenInspected_thenItReallyContainsTheDefects() {
        assertThat(Normalizer.isNormalized(TEXT, Normalizer.Form.NFC)).isFalse();
        assertThat(TEXT).contains("\r\n", "\u00A0", "\u200B", "\u00AD", "\t", "II . ", "1 .  ");
        assertThat(new String(TestDocuments.bytes(TestDocuments.MESSY_FORMATTING), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void givenStraySpacesAndNoBreakSpaces_whenParsed_thenTheHeaderIsClean() {
        assertThat(plan.header()).isEqualTo(new PlanHeader("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "07/KH-UBND", "Phú Thọ",
                LocalDate.of(2026, 2, 5), "KẾ HOẠCH", "THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH PHÚ THỌ, NĂM 2026", 2026));
        assertThat(plan.legalBases()).extracting(LegalBasis::text).containsExactly(
                "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Thông tư số 15/2025/TT-BNV ngày 04/8/2025 của Bộ Nội vụ");
    }

    @Test
    void givenDecomposedUnicode_whenParsed_thenAllOutputIsNfc() {
        assertThat(plan.sections()).extracting(PlanSection::title)
                .containsExactly("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN");
        plan.responsibilities().forEach(r -> assertThat(Normalizer.isNormalized(r.unitName(), Normalizer.Form.NFC)).isTrue());
        plan.appendixTasks().forEach(t -> assertThat(Normalizer.isNormalized(t.content(), Normalizer.Form.NFC)).isTrue());
        assertThat(plan.section("I.1").orElseThrow().blocks().get(0).text()).doesNotContain("\u200B")
                .isEqualTo("Động viên cán bộ, công chức, viên chức và Nhân dân thi đua lập thành tích chào mừng Đại hội.");
    }

    @Test
    void givenOtherNumberingStyles_whenParsed_thenPointsAndBulletsKeepTheirMarkers() {
        PlanSection movements = plan.section("II.1").orElseThrow();

        assertThat(movements.subsections()).extracting(PlanSection::number).containsExactly("a", "b", "đ");
        assertThat(movements.subsections().get(0).blocks()).extracting(TextBlock::marker).containsExactly("+", "+");
        assertThat(plan.section("I.1").orElseThrow().blocks().get(0).marker()).isEqualTo("–");
        assertThat(movements.subsections().get(1).title()).isEqualTo("Phong trào “Cả nước chung tay vì người nghèo”.");
    }

    @Test
    void givenUnitsWithPointsUnderThem_whenExtracted_thenThePointsAreTheirDuties() {
        assertThat(plan.responsibilities()).extracting(UnitResponsibility::unitName).containsExactly(
                "Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh)", "Các sở, ban, ngành tỉnh", "UBND các xã, phường");
        assertThat(plan.responsibilities().get(1).duties()).containsExactly(
                "Xây dựng kế hoạch thi đua của cơ quan, đơn vị", "Hằng tháng gửi tin, bài về điển hình tiên tiến cho Sở Nội vụ.");
        assertThat(plan.recurringDuties()).extracting(RecurringDuty::frequency)
                .containsExactly(Recurrence.QUARTERLY, Recurrence.MONTHLY);
    }

    @Test
    void givenTheFoot_whenParsed_thenSoftHyphensAndDoubleSpacesAreGone() {
        assertThat(plan.recipients()).containsExactly("Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lưu: VT, NC");
        assertThat(plan.signer()).isEqualTo(new Signer("Bùi Văn Quang", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"));
    }

    @Test
    void givenAFlattenedTableWithWrappedCells_whenParsed_thenRowsAreAssembled() {
        assertThat(plan.appendixTasks()).hasSize(4);
        AppendixTask first = plan.appendixTasks().get(0);
        assertThat(first.content()).isEqualTo("Phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh");
        assertThat(first.dueDate().date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(first.coordinatingUnits()).containsExactly("Các sở, ban, ngành", "UBND các xã, phường");

        AppendixTask second = plan.appendixTasks().get(1);
        assertThat(second.period()).isEqualTo(TaskPeriod.quarter("Quý I/2026", 2026, 1));
        assertThat(second.leadUnit()).isEqualTo("Văn phòng UBND tỉnh");
        assertThat(second.coordinatingUnits()).isEmpty();
    }

    @Test
    void givenARowWhoseLeadCellIsEmpty_whenParsed_thenTheBulletsStayCoordinatorsAndTheRowIsWarned() {
        AppendixTask third = plan.appendixTasks().get(2);

        assertThat(third.leadUnit()).isNull();
        assertThat(third.coordinatingUnits()).containsExactly("Các sở, ban, ngành", "UBND các xã, phường");
        assertThat(plan.warnings()).extracting(ImportWarning::code).containsExactly(WarningCode.APPENDIX_ROW_WITHOUT_LEAD);
    }

    @Test
    void givenARecurringPeriodCellInTheOngoingGroup_whenParsed_thenItIsOngoingAndTheSourceNoteIsIgnored() {
        AppendixTask ongoing = plan.appendixTasks().get(3);

        assertThat(ongoing.group().kind()).isEqualTo(GroupKind.ONGOING);
        assertThat(ongoing.period().kind()).isEqualTo(PeriodKind.ONGOING);
        assertThat(ongoing.coordinatingUnits()).containsExactly("Báo Phú Thọ", "Đài Phát thanh và Truyền hình tỉnh");
    }
}
