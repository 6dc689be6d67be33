package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierResubmitted;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.Attachment;
import vn.tdkt.nomination.dossier.domain.DeclaredAward;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.RuleResult;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.dossier.domain.VoteResult;
import vn.tdkt.nomination.sla.domain.ClockState;
import vn.tdkt.nomination.sla.domain.SlaContext;
import vn.tdkt.nomination.sla.domain.SlaPolicy;

public class DossierTest {

    static final SlaContext SLA = new SlaContext(SlaPolicy.defaults(), BundledCalendarData.calendar());
    static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 1, 29);
    static final Instant NOW = Instant.parse("2026-01-29T02:00:00Z");
    static final DossierRef REF = new DossierRef("d-1", "SGDDT", SubjectType.INDIVIDUAL, "Nguyễn Thị Hồng", "CSTDCS",
            "Chiến sĩ thi đua cơ sở");

    public static DossierContent content(String summary) {
        return new DossierContent(
                Subject.person("Nguyễn Thị Hồng", LocalDate.of(1985, 3, 2), Gender.FEMALE, "Giáo viên", null, null),
                new Proposal("CSTDCS", "Chiến sĩ thi đua cơ sở", 2025, null),
                new Achievement(summary, "QD-12/2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        List.of("SK-2025-07")),
                List.of(new DeclaredAward("LDTT", 2024, CommendationType.PERIODIC, "QĐ 45/QĐ-SGDĐT")));
    }

    static Dossier draft() {
        return Dossier.draft("d-1", "SGDDT", "b-1", content("Hoàn thành xuất sắc nhiệm vụ năm học"), "sgddt-user",
                NOW).aggregate();
    }

    /** A draft submitted on {@link #SUBMITTED_ON}. */
    static Dossier submitted() {
        Dossier dossier = draft();
        dossier.submit("sgddt-user", NOW, SUBMITTED_ON, SLA);
        return dossier;
    }

    /** A submitted dossier a Sở Nội vụ officer has taken up for appraisal. */
    static Dossier underAppraisal() {
        Dossier dossier = submitted();
        dossier.assign("snv-user", "snv-user", NOW, SUBMITTED_ON, SLA);
        return dossier;
    }

    static Attachment minutes() {
        return new Attachment("a-1", "f-1", DocumentKind.BIEN_BAN_BINH_XET, "bien-ban.pdf", "application/pdf", 10,
                "ab".repeat(32), new VoteResult(9, 10), "sgddt-user", NOW);
    }

    @Test
    void submitting_a_draft_publishes_dossier_submitted_and_starts_both_clocks() {
        given(draft())
                .when(d -> d.submit("sgddt-user", NOW, SUBMITTED_ON, SLA))
                .expectEvents(new DossierSubmitted(REF, 2025, NOW))
                .expectState(d -> {
                    assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
                    assertThat(d.subject().unitCode()).as("the subject's unit defaults to the proposing unit")
                            .isEqualTo("SGDDT");
                    assertThat(d.appraisalClock().dueDate(SLA.calendar())).contains(LocalDate.of(2026, 3, 5));
                    assertThat(d.returnClock().dueDate(SLA.calendar())).contains(LocalDate.of(2026, 2, 5));
                    assertThat(d.nextSlaCheck()).as("the return clock's 3-days-left notice")
                            .isEqualTo(LocalDate.of(2026, 2, 2));
                });
    }

    @Test
    void a_command_in_the_wrong_state_is_an_illegal_transition() {
        given(draft())
                .when(d -> d.appraise(null, List.of(), "rs", List.of(), "snv", NOW, SUBMITTED_ON, SLA))
                .expectError("dossier.illegal-transition");
        given(draft()).andGiven(d -> d.submit("sgddt-user", NOW, SUBMITTED_ON, SLA))
                .when(d -> d.revise(content("khác"), "sgddt-user", NOW))
                .expectError("dossier.illegal-transition");
        given(draft()).andGiven(d -> d.submit("sgddt-user", NOW, SUBMITTED_ON, SLA))
                .andGiven(d -> d.assign("snv-user", "snv-user", NOW, SUBMITTED_ON, SLA))
                .when(d -> d.recall("nhầm", "sgddt-user", NOW, SUBMITTED_ON, SLA))
                .expectError("dossier.illegal-transition");
    }

    @Test
    void a_return_needs_reasons_and_a_deadline_after_today_and_pauses_the_appraisal_clock() {
        Dossier submitted = submitted();
        LocalDate returnedOn = LocalDate.of(2026, 2, 3);
        given(submitted)
                .when(d -> d.returnForCompletion(List.of(" "), returnedOn.plusDays(7), "snv", NOW, returnedOn, SLA))
                .expectError("dossier.return.reasons-required");
        given(submitted)
                .when(d -> d.returnForCompletion(List.of("Thiếu biên bản"), returnedOn, "snv", NOW, returnedOn, SLA))
                .expectError("dossier.return.deadline-invalid");
        given(submitted)
                .when(d -> d.returnForCompletion(List.of("Thiếu biên bản bình xét"), LocalDate.of(2026, 2, 13),
                        "snv-user", NOW, returnedOn, SLA))
                .expectEvents(new DossierReturned(REF, 2025, "b-1", List.of("Thiếu biên bản bình xét"),
                        LocalDate.of(2026, 2, 13), "snv-user", NOW))
                .expectState(d -> {
                    assertThat(d.appraisalClock().state()).isEqualTo(ClockState.PAUSED);
                    assertThat(d.appraisalClock().usedBefore()).as("30/01, 02/02, 03/02").isEqualTo(3);
                    assertThat(d.returnClock().state()).isEqualTo(ClockState.STOPPED);
                    assertThat(d.nextSlaCheck()).as("a paused dossier gives no notice").isNull();
                });
    }

    @Test
    void a_resubmission_resumes_the_clock_across_tet_and_lists_what_changed() {
        Dossier returned = submitted();
        returned.returnForCompletion(List.of("Thiếu biên bản bình xét"), LocalDate.of(2026, 2, 13), "snv-user", NOW,
                LocalDate.of(2026, 2, 3), SLA);
        returned.revise(content("Hoàn thành xuất sắc nhiệm vụ năm học; sáng kiến cấp cơ sở"), "sgddt-user", NOW);
        returned.attach(minutes(), NOW);
        LocalDate resubmittedOn = LocalDate.of(2026, 2, 10);
        given(returned)
                .when(d -> d.resubmit("sgddt-user", NOW, resubmittedOn, SLA))
                .expectEvents(new DossierResubmitted(REF, 2025, "b-1", List.of("achievement.summary", "documents"),
                        "sgddt-user", NOW))
                .expectState(d -> {
                    assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
                    // 17 working days left from 10/02; Tết (16–20/02) and its weekends do not count
                    assertThat(d.appraisalClock().dueDate(SLA.calendar())).contains(LocalDate.of(2026, 3, 12));
                    assertThat(d.returnClock().round()).isEqualTo(2);
                    assertThat(d.history().get(d.history().size() - 1).changes())
                            .anySatisfy(c -> assertThat(c.after()).contains("sáng kiến cấp cơ sở"));
                });
    }

    @Test
    void the_officer_confirms_or_overrides_the_engine_with_reasons_and_both_are_recorded() {
        Dossier underAppraisal = underAppraisal();
        List<RuleResult> failing = List.of(new RuleResult("R-CSCS-01", "Luật TĐKT 2022, Điều 23", false,
                "Chưa đạt LĐTT năm 2025"));
        given(underAppraisal)
                .when(d -> d.appraise(AppraisalOutcome.ELIGIBLE, List.of(), "nd152-2025", failing, "snv-user", NOW,
                        SUBMITTED_ON, SLA))
                .expectError("dossier.appraisal.override-reasons-required");
        given(underAppraisal)
                .when(d -> d.appraise(null, null, "nd152-2025", failing, "snv-user", NOW, SUBMITTED_ON, SLA))
                .expectEvents(new DossierAppraised(REF, AppraisalOutcome.NOT_ELIGIBLE,
                        List.of("R-CSCS-01: Chưa đạt LĐTT năm 2025"), "snv-user", NOW, "nd152-2025",
                        List.of(new DossierAppraised.RuleOutcome("R-CSCS-01", "Luật TĐKT 2022, Điều 23", false,
                                "Chưa đạt LĐTT năm 2025"))))
                .expectState(d -> {
                    assertThat(d.appraisal().overridden()).isFalse();
                    assertThat(d.appraisalClock().state()).isEqualTo(ClockState.STOPPED);
                    assertThat(d.nextSlaCheck()).isNull();
                });
    }

    @Test
    void an_sla_notice_is_given_once_per_clock_and_step() {
        Dossier assigned = underAppraisal();
        LocalDate threeLeft = LocalDate.of(2026, 3, 2);
        given(assigned)
                .when(d -> d.checkClocks(threeLeft.minusDays(1), SLA)).expectNoEvents();
        given(assigned)
                .when(d -> d.checkClocks(threeLeft, SLA))
                .expectEventsSatisfying(events -> assertThat(events).hasSize(1)
                        .first().hasFieldOrPropertyWithValue("workingDaysLeft", 3)
                        .hasFieldOrPropertyWithValue("deadline.clock", "APPRAISAL"));
        given(assigned).when(d -> d.checkClocks(threeLeft, SLA)).expectNoEvents();
        given(assigned)
                .when(d -> d.checkClocks(LocalDate.of(2026, 3, 9), SLA))
                .expectEventsSatisfying(events -> assertThat(events).hasSize(1)
                        .first().hasFieldOrPropertyWithValue("workingDaysLate", 2)
                        .hasFieldOrPropertyWithValue("deadline.assignee", "snv-user"));
        given(assigned).when(d -> d.checkClocks(LocalDate.of(2026, 3, 20), SLA)).expectNoEvents();
    }
}
