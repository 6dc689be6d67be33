package vn.tdkt.reporting.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.reporting.ReportDue;
import vn.tdkt.contracts.reporting.ReportDutyRef;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportReturned;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.calendar.CalendarYear;
import vn.tdkt.calendar.DataStatus;
import vn.tdkt.calendar.HolidayShift;
import vn.tdkt.calendar.WorkingDayCalendar;

class ReportDutyTest {

    static final ReportDutyRef REF = new ReportDutyRef("d-1", "o-1", "Sơ kết 6 tháng", "SYT", "2026-H1");

    static final ReportTemplate TEMPLATE = new ReportTemplate("SO_KET", "Sơ kết", "test", List.of(
            new ReportTemplate.Figure("DOSSIERS_SENT", "Hồ sơ đã gửi", "hồ sơ", true),
            new ReportTemplate.Figure("REGISTRATIONS", "Lượt đăng ký", "lượt", false)));
    static final StoredFile FILE = new StoredFile("f-1", "bc.pdf", "application/pdf", 12, "abc");
    /** Monday to Friday, no holidays: the real calendar, with a 2026 that has no exceptions. */
    static final HolidayShift WEEKDAYS = WorkingDayCalendar.of(List.of(
            new CalendarYear(2026, DataStatus.PROJECTED, List.of("test: weekdays only"), List.of())));
    static final ReportLadder LADDER = new ReportLadder(new LadderPolicy(List.of(15, 7, 3), List.of(1, 7), 7),
            WEEKDAYS);

    static Instant at(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    static ReportDuty duty(String taskId, String openedOn) {
        ReportObligation obligation = ReportObligation.define("o-1", new ReportObligation.Definition("Sơ kết 6 tháng",
                ReportKind.SIX_MONTH, "2026-H1", LocalDate.of(2026, 6, 15), List.of("SYT"), TEMPLATE,
                ObligationSource.SNV, taskId, null, null), "snv", at(openedOn)).aggregate();
        return ReportDuty.open("d-1", obligation, "SYT", at(openedOn)).aggregate();
    }

    @Test
    void aSubmissionByTheDeadlineIsOnTimeAndNamesThePlanTask() {
        given(duty("t-1", "2026-05-25"))
                .when(d -> d.submit("s-1", FILE, Map.of("DOSSIERS_SENT", 3L), "syt-user", at("2026-06-15"), "/f"))
                .expectEvents(new ReportSubmitted(REF,
                        "s-1", "syt-user", at("2026-06-15"), LocalDate.of(2026, 6, 15), true, false, "t-1", "/f"))
                .expectState(d -> {
                    assertThat(d.status()).isEqualTo(DutyStatus.SUBMITTED);
                    assertThat(d.standing().complete()).as("an optional figure is missing").isFalse();
                    assertThat(d.compliance(LocalDate.of(2026, 7, 1))).isEqualTo(Compliance.ON_TIME);
                });
    }

    @Test
    void aSubmissionAfterTheDeadlineIsLate() {
        given(duty(null, "2026-05-25"))
                .when(d -> d.submit("s-1", FILE, Map.of("DOSSIERS_SENT", 3L, "REGISTRATIONS", 9L), "u", at("2026-06-16"),
                        null))
                .expectEventsSatisfying(events -> assertThat(((ReportSubmitted) events.get(0)).onTime()).isFalse())
                .expectState(d -> assertThat(d.compliance(LocalDate.of(2026, 7, 1))).isEqualTo(Compliance.LATE));
    }

    @Test
    void figuresFollowTheTemplate() {
        given(duty(null, "2026-05-25")).when(d -> d.submit("s", FILE, Map.of(), "u", at("2026-06-01"), null))
                .expectError("report.figure-missing");
        given(duty(null, "2026-05-25")).when(d -> d.submit("s", FILE, Map.of("DOSSIERS_SENT", -1L), "u",
                at("2026-06-01"), null)).expectError("report.figure-negative");
        given(duty(null, "2026-05-25")).when(d -> d.submit("s", FILE, Map.of("DOSSIERS_SENT", 1L, "X", 1L), "u",
                at("2026-06-01"), null)).expectError("report.figure-unknown");
    }

    @Test
    void aReturnNeedsReasonsSetsANewDeadlineAndAllowsOneResubmission() {
        ReportDuty duty = duty(null, "2026-05-25");
        given(duty)
                .andGiven(d -> d.submit("s-1", FILE, Map.of("DOSSIERS_SENT", 1L), "u", at("2026-06-10"), null))
                .when(d -> d.returnSubmission("s-1", List.of(" ", ""), null, "snv", at("2026-06-11")))
                .expectError("report.return-reasons-missing");
        given(duty)
                .when(d -> d.returnSubmission("s-1", List.of("Thiếu số liệu"), LocalDate.of(2026, 6, 19), "snv",
                        at("2026-06-11")))
                .expectEvents(new ReportReturned(REF,
                        "s-1", List.of("Thiếu số liệu"), LocalDate.of(2026, 6, 19), "snv", at("2026-06-11")))
                .expectState(d -> {
                    assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 6, 19));
                    assertThat(d.ladderStartedOn()).isEqualTo(LocalDate.of(2026, 6, 11));
                });
        given(duty)
                .when(d -> d.submit("s-2", FILE, Map.of("DOSSIERS_SENT", 2L), "u", at("2026-06-18"), null))
                .expectEventsSatisfying(events -> {
                    ReportSubmitted again = (ReportSubmitted) events.get(0);
                    assertThat(again.resubmission()).isTrue();
                    assertThat(again.onTime()).isTrue();
                    assertThat(again.dueDate()).isEqualTo(LocalDate.of(2026, 6, 19));
                });
        given(duty).when(d -> d.submit("s-3", FILE, Map.of("DOSSIERS_SENT", 2L), "u", at("2026-06-18"), null))
                .expectError("report.already-submitted");
        given(duty).when(d -> d.returnSubmission("s-1", List.of("x"), null, "snv", at("2026-06-19")))
                .expectError("report.submission-not-standing");
    }

    @Test
    void theLadderMovesOffWeekendsAndSendsEachStepOnce() {
        ReportDuty duty = duty(null, "2026-05-25");
        // 15 days before Monday 15/06 is Sunday 31/05: sent on Friday 29/05
        ReportLadder.Decision friday = LADDER.decide(duty, LocalDate.of(2026, 5, 29));
        given(duty).when(d -> d.remind(friday, LocalDate.of(2026, 5, 29)))
                .expectEvents(new ReportDue(REF,
                        LocalDate.of(2026, 6, 15), 15, 17));
        assertThat(LADDER.decide(duty, LocalDate.of(2026, 5, 29)).isEmpty()).as("marked: never twice").isTrue();
        // a week later and after the deadline: the most recent step of each kind, the others skipped
        ReportLadder.Decision late = LADDER.decide(duty, LocalDate.of(2026, 6, 23));
        assertThat(late.emit()).extracting(LadderStep::key).containsExactly("overdue:7@2026-06-15");
        assertThat(late.skip()).extracting(LadderStep::key)
                .containsExactlyInAnyOrder("due:7@2026-06-15", "due:3@2026-06-15", "overdue:1@2026-06-15");
        given(duty).when(d -> d.remind(late, LocalDate.of(2026, 6, 23)))
                .expectEvents(new ReportOverdue(REF,
                        LocalDate.of(2026, 6, 15), 8, true));
    }

    @Test
    void aDutyAskedForAfterItsDateIsToldOnceThatItIsOverdueNotEscalatedAtOnce() {
        // opened on Tuesday 23/06 for Monday 15/06: both overdue steps (16/06, 22/06) are past
        ReportDuty late = duty(null, "2026-06-23");
        ReportLadder.Decision decision = LADDER.decide(late, LocalDate.of(2026, 6, 23));
        assertThat(decision.emit()).extracting(LadderStep::key).containsExactly("overdue:1@2026-06-15");
        assertThat(decision.skip()).extracting(LadderStep::key).contains("overdue:7@2026-06-15");
        given(late).when(d -> d.remind(decision, LocalDate.of(2026, 6, 23)))
                .expectEvents(new ReportOverdue(REF, LocalDate.of(2026, 6, 15), 8, false));
    }

    @Test
    void stepsThatWereAlreadyPastWhenTheLadderStartedAreSkipped() {
        ReportDuty opened = duty(null, "2026-06-09");
        ReportLadder.Decision decision = LADDER.decide(opened, LocalDate.of(2026, 6, 9));
        assertThat(decision.emit()).isEmpty();
        assertThat(decision.skip()).extracting(LadderStep::key)
                .containsExactlyInAnyOrder("due:15@2026-06-15", "due:7@2026-06-15");
    }

    @Test
    void aSubmittedDutyHasNoLadderAndTaskEventsApplyOnceInOrder() {
        ReportDuty duty = duty("t-1", "2026-05-25");
        given(duty).andGiven(d -> d.submit("s", FILE, Map.of("DOSSIERS_SENT", 1L), "u", at("2026-06-01"), null))
                .when(d -> d.followTaskCompleted(5, at("2026-06-02")))
                .expectNoEvents()
                .expectState(d -> assertThat(d.status()).isEqualTo(DutyStatus.SUBMITTED));
        assertThat(LADDER.decide(duty, LocalDate.of(2026, 6, 16)).isEmpty()).isTrue();

        ReportDuty other = duty("t-2", "2026-05-25");
        given(other).andGiven(d -> d.followTask("SYT", LocalDate.of(2026, 6, 30), 4, at("2026-05-26"),
                        LocalDate.of(2026, 5, 26)))
                .when(d -> d.followTask("SYT", LocalDate.of(2026, 6, 20), 3, at("2026-05-27"),
                        LocalDate.of(2026, 5, 27)))
                .expectNoEvents()
                .expectState(d -> assertThat(d.deadline()).as("the older event is ignored")
                        .isEqualTo(LocalDate.of(2026, 6, 30)));
        // the lead moved away, then (an older event, delivered late) back: the older event reopens nothing
        ReportDuty moved = duty("t-3", "2026-05-25");
        given(moved).andGiven(d -> d.followTask("SGDDT", null, 5, at("2026-05-26"), LocalDate.of(2026, 5, 26)))
                .when(d -> d.followTask("SYT", null, 4, at("2026-05-27"), LocalDate.of(2026, 5, 27)))
                .expectState(d -> assertThat(d.status()).isEqualTo(DutyStatus.CANCELLED));
        given(moved).when(d -> d.followTask("SYT", null, 6, at("2026-05-28"), LocalDate.of(2026, 5, 28)))
                .expectState(d -> assertThat(d.status()).as("a newer event gives the lead back").isEqualTo(
                        DutyStatus.AWAITING));
        given(other).when(d -> d.followTaskCancelled(6, at("2026-05-28")))
                .expectState(d -> assertThat(d.compliance(LocalDate.of(2026, 7, 1))).isEqualTo(Compliance.CANCELLED));
    }

    @Test
    void periodsAreCheckedAndQuartersDerived() {
        assertThat(Period.parse("2026-H2").year()).isEqualTo(2026);
        assertThat(Period.quarterOf(LocalDate.of(2026, 11, 3)).value()).isEqualTo("2026-Q4");
        given(duty(null, "2026-05-25")).when(d -> {
            Period.parse("2026-S1");
            return List.of();
        }).expectError("report.period-invalid");
    }
}
