package vn.tdkt.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTimelineTest {

    @Test
    void the_plans_own_years_move_and_legal_citations_keep_theirs() {
        String text = String.join("\n",
                "Sơn La, ngày 02 tháng 01 năm 2025",
                "TRIỂN KHAI CÔNG TÁC THI ĐUA , KHEN THƯỞNG NĂM 2025",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
                "Căn cứ Kế hoạch công tác thi đua, khen thưởng của tỉnh năm 2025 xây dựng kế hoạch",
                "Ban hành Kế hoạch tổng kết năm 2024, triển khai nhiệm vụ năm 2025",
                "03/2025",
                "Dự thảo Kế hoạch năm 2026",
                "các phong trào thi đua giai đoạn 2021-2025 của tỉnh",
                "Kế hoạch số 01/KH-UBND ngày 02/01/2025");

        String moved = DemoTimeline.shiftYears(text, 2025, 1);

        assertThat(moved.split("\n")).containsExactly(
                "Sơn La, ngày 02 tháng 01 năm 2026",
                "TRIỂN KHAI CÔNG TÁC THI ĐUA , KHEN THƯỞNG NĂM 2026",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
                "Căn cứ Kế hoạch công tác thi đua, khen thưởng của tỉnh năm 2026 xây dựng kế hoạch",
                "Ban hành Kế hoạch tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
                "03/2026",
                "Dự thảo Kế hoạch năm 2027",
                "các phong trào thi đua giai đoạn 2021-2025 của tỉnh",
                "Kế hoạch số 01/KH-UBND ngày 02/01/2026");
    }

    @Test
    void on_a_fixed_day_the_demo_plan_lands_in_the_current_year_with_work_due_soon_and_just_overdue() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 6);
        // the fixture's appendix tasks due at the end of their month (as the importer reads "11/2025", "12/2025")
        List<LocalDate> fixtureDues = List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 12, 31));

        int years = DemoTimeline.yearsToToday(2025, today);
        List<LocalDate> thisYear = fixtureDues.stream().map(due -> due.plusYears(years)).toList();
        int weeks = DemoTimeline.weeksForALiveDemo(thisYear, today);

        assertThat(years).isEqualTo(1);
        assertThat(weeks).as("month-end dues: a week or two moves November or December into the next two weeks")
                .isBetween(-3, 1).isNotZero();
        DemoTimeline.Shift shift = new DemoTimeline.Shift(years, weeks);
        assertThat(fixtureDues.stream().map(shift::apply))
                .anySatisfy(due -> assertThat(due).isBetween(today, today.plusDays(14)))
                .allSatisfy(due -> assertThat(due.getYear()).isBetween(2026, 2027));
        assertThat(DemoTimeline.score(thisYear, today, weeks)).isGreaterThanOrEqualTo(2);
        // days apart enough for both: a shift that gives both is preferred
        List<LocalDate> close = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
        assertThat(DemoTimeline.weeksForALiveDemo(close, today)).isZero();

        Path fixture = DemoDataLoader.defaultFixture(Path.of("../..").toAbsolutePath().normalize());
        if (Files.isRegularFile(fixture)) {
            String moved = DemoTimeline.shiftYears(Files.readString(fixture, StandardCharsets.UTF_8), 2025, years);
            assertThat(moved).contains("KHEN THƯỞNG NĂM 2026", "Sơn La, ngày 02 tháng 01 năm 2026",
                    "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", "12/2026", "năm 2027");
        }
    }
}
