package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.nomination.council.application.MeetingReminders;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platform.scheduling.LockedJob;

/**
 * R-MEET-02: the provincial council meets at least every 6 months; its standing body is reminded
 * ({@code council-meeting-due}) 30 days before the mark, exactly once per council and period, however often the scan
 * runs; a new session starts a new period; a unit's council is not concerned.
 */
class MeetingReminderTest extends CouncilTestSupport {

    @Autowired
    MeetingReminders reminders;

    @Autowired
    ObjectProvider<LockedJob> jobs;

    @Test
    void the_reminder_goes_once_per_council_and_period() throws Exception {
        assertThat(jobs.stream()).as("tests run the scan themselves (config/application.yml)")
                .extracting(LockedJob::name).doesNotContain("council-meeting-reminders");
        // given: the provincial council established on 01/01/2026 (mark 01/07/2026), and a unit's council
        String council = provincialCouncil(plainMembers(3));
        establish("Hội đồng TĐKT Sở Giáo dục và Đào tạo", "UNIT", "SGDDT", plainMembers(3));

        // when: the scan runs before the lead, then twice within it
        clock.set(LocalDate.of(2026, 5, 31));
        int early = reminders.scan();
        clock.set(LocalDate.of(2026, 6, 1));
        int first = reminders.scan();
        int second = reminders.scan();

        // then: one reminder, for the period ending 01/07/2026, schema-valid, to the chair first
        assertThat(early).isZero();
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        List<OutboxEntry> outbox = outbox("councils", council);
        assertThat(outbox).hasSize(1);
        Map<String, Object> due = payload(outbox, "council-meeting-due");
        assertThat(due).containsEntry("dueBy", "2026-07-01").containsEntry("unitCode", "SNV")
                .containsEntry("level", "PROVINCE").containsEntry("lastMeetingOn", null);
        assertThat((List<?>) due.get("members")).hasSize(3);

        // when: a session is held on 18/12/2026 and the scan runs until 30 days before 18/06/2027
        String dossier = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        clock.set(TODAY);
        schedule(council, dossier);
        clock.set(LocalDate.of(2027, 5, 18));
        int beforeLead = reminders.scan();
        clock.set(LocalDate.of(2027, 5, 19));
        int newPeriod = reminders.scan();

        // then: the new period is reminded once
        assertThat(beforeLead).isZero();
        assertThat(newPeriod).isEqualTo(1);
        List<OutboxEntry> both = outbox("councils", council);
        assertThat(both).hasSize(2);
        assertThat(payload(both, "council-meeting-due")).containsEntry("lastMeetingOn", "2026-12-18")
                .containsEntry("dueBy", "2027-06-18");
    }
}
