package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thematic plan (kế hoạch chuyên đề) over several years, whose table puts the period column last. */
class ThematicPlanTest {

    private final ParsedPlan plan = TestDocuments.parse(TestDocuments.THEMATIC);

    @Test
    void givenAMultiYearTitle_whenParsed_thenThePlanYearIsTheFirstYearOfThePeriod() {
        assertThat(plan.header().number()).isEqualTo("0125/KH-UBND");
        assertThat(plan.header().date()).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(plan.header().title()).endsWith("giai đoạn 2026 – 2030");
        assertThat(plan.header().year()).isEqualTo(2026);
    }

    @Test
    void givenPartHeadingsWrittenWithPhan_whenParsed_thenTheyArePartLevel() {
        assertThat(plan.sections()).extracting(PlanSection::number, PlanSection::level).containsExactly(
                tuple("I", SectionLevel.PART), tuple("II", SectionLevel.PART), tuple("III", SectionLevel.PART));
    }

    @Test
    void givenThePeriodColumnLast_whenParsed_thenCellsAreStillAssignedByRole() {
        assertThat(plan.appendixTasks()).extracting(AppendixTask::leadUnit).containsExactly(
                "Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Sở Nội vụ");
        AppendixTask launch = plan.appendixTasks().get(0);
        assertThat(launch.coordinatingUnits()).containsExactly("Sở Nội vụ", "Sở Nông nghiệp và Môi trường");
        assertThat(launch.period()).isEqualTo(
                TaskPeriod.range("từ 01/3 đến 15/3/2026", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)));
        assertThat(launch.dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 3, 15), DueDateBasis.END_OF_RANGE));
    }

    @Test
    void givenContentWrappedOnALineThatLooksLikeAPeriodWord_whenParsed_thenItStaysContent() {
        // "thang điểm" (scoring scale) folds like "tháng" (month) but is not followed by a number.
        AppendixTask guidance = plan.appendixTasks().get(1);

        assertThat(guidance.content()).isEqualTo("Ban hành hướng dẫn tiêu chí thi đua và thang điểm chấm thi đua");
        assertThat(guidance.dueDate()).isEqualTo(new DueDate(LocalDate.of(2026, 3, 31), DueDateBasis.EXPLICIT_DATE));
    }

    @Test
    void givenPhaseGroupsAndVariousPeriods_whenParsed_thenDueDatesFollowTheRule() {
        assertThat(plan.appendixTasks()).extracting(t -> t.group().kind()).containsOnly(GroupKind.OTHER);
        assertThat(plan.tasksInGroup("II")).extracting(t -> t.dueDate().date()).containsExactly(
                LocalDate.of(2027, 6, 30), LocalDate.of(2028, 12, 31), LocalDate.of(2030, 5, 31));
        assertThat(plan.tasksInGroup("II").get(2).period().start()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void givenOrganisationSectionWithProseAndPoints_whenExtracted_thenDutiesAndFrequenciesAreFound() {
        assertThat(plan.responsibilities()).extracting(UnitResponsibility::unitName).containsExactly(
                "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các xã, phường");
        assertThat(plan.recurringDuties()).extracting(RecurringDuty::frequency, RecurringDuty::units).containsExactly(
                tuple(Recurrence.SEMI_ANNUAL, List.of("Sở Nông nghiệp và Môi trường")),
                tuple(Recurrence.ANNUAL, List.of("Các sở, ban, ngành, đoàn thể tỉnh")),
                tuple(Recurrence.QUARTERLY, List.of("Ủy ban nhân dân các xã, phường")));
    }

    @Test
    void givenADeadlineStatedInProse_whenParsed_thenItIsKeptInTheSectionText() {
        assertThat(plan.section("II.2").orElseThrow().blocks()).extracting(TextBlock::text)
                .contains("Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 31/3/2030.");
    }
}
