package vn.tdkt.nomination.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.nomination.notice.domain.NoticeWindow;

/** The window of a public notice counts working days on the Vietnamese calendar, the first day included. */
class NoticeWindowTest {

    static final WorkingDayCalendar CALENDAR = BundledCalendarData.calendar();

    @Test
    void ten_working_days_from_20_august_2025_end_on_4_september_as_the_ministry_of_defence_counted() {
        // QĐND: Anh hùng candidates posted 20/8–04/9/2025 for 10 working days (NĐ 152/2025 Điều 44 k2); 1/9 and 2/9
        // were the National Day holidays
        NoticeWindow window = NoticeWindow.of(CALENDAR, LocalDate.of(2025, 8, 20), 10);

        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2025, 9, 4));
        assertThat(window.contains(LocalDate.of(2025, 9, 4))).isTrue();
        assertThat(window.contains(LocalDate.of(2025, 9, 5))).isFalse();
    }

    @Test
    void a_notice_opened_on_a_weekend_counts_from_the_next_working_day() {
        // Saturday 5/12/2026: the first working day is Monday 7/12, the tenth Friday 18/12
        assertThat(NoticeWindow.of(CALENDAR, LocalDate.of(2026, 12, 5), 10).closesOn())
                .isEqualTo(LocalDate.of(2026, 12, 18));
    }
}
