package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan written in Markdown: '#' headings, bold and italic runs, soft-wrapped lines, a pipe-table appendix. */
class MarkdownPlanTest {

    private final ParsedPlan plan = TestDocuments.parse(TestDocuments.MARKDOWN);

    @Test
    void givenMarkdown_whenParsed_thenTheFormatIsDetectedAndTheHeaderReadThroughTheMarkup() {
        assertThat(plan.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(plan.header()).isEqualTo(new PlanHeader("UBND TỈNH ĐIỆN BIÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "15/KH-SGDĐT",
                "Điện Biên", LocalDate.of(2026, 3, 10), "KẾ HOẠCH",
                "Tổ chức phong trào thi đua \"Dạy tốt, học tốt\" năm 2026", 2026));
    }

    @Test
    void givenASoftWrappedLegalBasis_whenParsed_thenItsLinesAreJoined() {
        assertThat(plan.legalBases()).hasSize(2);
        assertThat(plan.legalBases().get(1).text()).isEqualTo(
                "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng");
        assertThat(plan.legalBases().get(1).date()).isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(plan.preamble()).containsExactly(
                "Sở Giáo dục và Đào tạo ban hành Kế hoạch tổ chức phong trào thi đua \"Dạy tốt, học tốt\" năm 2026 như sau:");
    }

    @Test
    void givenHeadingsAndEmphasis_whenParsed_thenTheSectionTreeHasPlainText() {
        assertThat(plan.sections()).extracting(PlanSection::title)
                .containsExactly("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THI ĐUA", "TỔ CHỨC THỰC HIỆN");
        assertThat(plan.section("I.1").orElseThrow().blocks()).extracting(TextBlock::text).containsExactly(
                "Tạo khí thế thi đua sôi nổi trong toàn ngành, góp phần hoàn thành nhiệm vụ năm học.",
                "Kịp thời phát hiện, biểu dương các điển hình tiên tiến.");
        assertThat(plan.section("I.2").orElseThrow().blocks().get(0).text())
                .isEqualTo("Việc bình xét thi đua phải công khai, dân chủ, đúng quy định.");
        assertThat(plan.section("II.1.b").orElseThrow().level()).isEqualTo(SectionLevel.POINT);
    }

    @Test
    void givenTheOrganisationSection_whenExtracted_thenHeadingUnitsAndInlineDutiesAreFound() {
        assertThat(plan.responsibilities()).extracting(UnitResponsibility::unitName)
                .containsExactly("Phòng Tổ chức cán bộ", "Các trường trung học phổ thông", "Văn phòng Sở");
        assertThat(plan.responsibilities().get(0).duties()).containsExactly(
                "Tham mưu Giám đốc Sở phát động phong trào thi đua",
                "Định kỳ 6 tháng tổng hợp kết quả thi đua của các đơn vị, báo cáo Giám đốc Sở.");
        assertThat(plan.responsibilities().get(1).duties()).containsExactly(
                "xây dựng kế hoạch thi đua của đơn vị; hằng quý báo cáo kết quả thực hiện về Sở (qua Phòng Tổ chức cán bộ).");
    }

    @Test
    void givenRecurringDutiesInProse_whenDetected_thenEachHasItsFrequencyAndUnit() {
        assertThat(plan.recurringDuties()).extracting(RecurringDuty::frequency, RecurringDuty::units, RecurringDuty::sectionPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Recurrence.MONTHLY, List.of("Các tổ chuyên môn"), "II.1.b"),
                        org.assertj.core.groups.Tuple.tuple(Recurrence.SEMI_ANNUAL, List.of("Phòng Tổ chức cán bộ"), "III.1"),
                        org.assertj.core.groups.Tuple.tuple(Recurrence.QUARTERLY, List.of("Các trường trung học phổ thông"), "III.2"));
        assertThat(plan.recurringDuties().get(2).dutyText())
                .isEqualTo("hằng quý báo cáo kết quả thực hiện về Sở (qua Phòng Tổ chức cán bộ).");
    }

    @Test
    void givenTheFoot_whenParsed_thenRecipientsSignerAndClosingAreRead() {
        assertThat(plan.recipients()).containsExactly("UBND tỉnh (b/c)", "Sở Nội vụ (b/c)", "Các trường THPT", "Lưu: VT, TCCB");
        assertThat(plan.signer()).isEqualTo(new Signer("Lò Văn Minh", "GIÁM ĐỐC", null));
        assertThat(plan.closingRemarks()).singleElement().asString().startsWith("Trên đây là Kế hoạch");
    }

    @Test
    void givenAPipeTableAppendix_whenParsed_thenRowsGroupsAndCellsAreRead() {
        List<AppendixTask> tasks = plan.appendixTasks();

        assertThat(tasks).hasSize(5);
        assertThat(tasks).extracting(t -> t.group().numeral() + "." + t.rowNumber())
                .containsExactly("I.1", "I.2", "I.3", "II.1", "II.2");
        assertThat(tasks.get(0).group()).isEqualTo(new TaskGroup("I", "Nhiệm vụ thực hiện trong quý II", GroupKind.QUARTER, 2));
        assertThat(tasks.get(0).content()).isEqualTo("Phát động phong trào thi đua \"Dạy tốt, học tốt\"");
        assertThat(tasks.get(0).dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 4, 15), DueDateBasis.EXPLICIT_DATE));
        assertThat(tasks.get(0).coordinatingUnits()).containsExactly("Văn phòng Sở", "Công đoàn ngành");
        assertThat(tasks.get(1).dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 6, 30), DueDateBasis.END_OF_QUARTER));
        assertThat(tasks.get(1).coordinatingUnits()).containsExactly("Các trường THPT", "Trung tâm GDNN-GDTX");
        assertThat(tasks.get(3).dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 12, 20), DueDateBasis.END_OF_RANGE));
    }

    @Test
    void givenTableRowsThatLookWrong_whenParsed_thenEachIsWarned() {
        AppendixTask empty = plan.appendixTasks().get(4);
        assertThat(empty.periodText()).isNull();
        assertThat(empty.periodInferred()).isTrue();
        assertThat(empty.dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 12, 31), DueDateBasis.END_OF_QUARTER));
        assertThat(empty.leadUnit()).isNull();

        assertThat(plan.warnings()).extracting(ImportWarning::code).containsExactly(
                WarningCode.APPENDIX_PERIOD_OUTSIDE_GROUP,
                WarningCode.APPENDIX_PERIOD_MISSING,
                WarningCode.APPENDIX_ROW_WITHOUT_LEAD);
        assertThat(plan.warnings().get(0).message()).contains("8/2026", "quý II");
    }
}
