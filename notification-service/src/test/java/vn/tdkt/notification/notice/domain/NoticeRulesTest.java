package vn.tdkt.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.SlaDeadline;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.platform.events.EventJson;

/** The recipient rules, on the golden fixtures of infra/contracts; no Spring. */
class NoticeRulesTest {

    static final Map<String, UnitInfo> REGISTRY = Map.of(
            "UBND", new UnitInfo("UBND", "UBND tỉnh Sơn La", "PROVINCE", null, null, null),
            "SNV", new UnitInfo("SNV", "Sở Nội vụ", "DEPARTMENT", "UBND", "Lê Văn B", "Giám đốc"),
            "SGDDT", new UnitInfo("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", "UBND", null, null),
            "PGD", new UnitInfo("PGD", "Phòng Giáo dục", "SUB_UNIT", "SGDDT", null, null),
            "XA", new UnitInfo("XA", "Xã Mường Bú", "COMMUNE", null, null, null));
    static final NoticeContext CONTEXT = new NoticeContext(code -> Optional.ofNullable(REGISTRY.get(code)),
            id -> Optional.of("Phong trào thi đua 2025"), "SNV", ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aDueTaskGoesToItsLeadUnitAndEachCoordinatingUnitOnce() {
        TaskDue due = read(EventTypes.TASK_DUE, TaskDue.class);
        EventNotices notices = PlanNotices.taskDue(due, CONTEXT);
        assertThat(notices.notices()).extracting(n -> n.recipient().key())
                .containsExactly("unit:SNV", "unit:SGDDT", "unit:SYT");
        assertThat(notices.notices()).extracting(n -> n.model().get("lead")).containsExactly(true, false, false);
        assertThat(notices.notices().get(0).model()).containsEntry("leadUnitName", "Sở Nội vụ")
                .containsEntry("dueDate", "30/06/2025").containsEntry("daysLeft", 7);
        assertThat(notices.notices()).allSatisfy(n -> assertThat(n.reference())
                .isEqualTo(new Reference(Reference.Type.TASK, due.taskId())));
    }

    @Test
    void slaNoticesGoToWhoeverMustAct() {
        DossierSlaBreached appraisal = read(EventTypes.DOSSIER_SLA_BREACHED, DossierSlaBreached.class);
        assertThat(NominationNotices.dossierSlaBreached(appraisal, CONTEXT).notices())
                .singleElement().satisfies(n -> assertThat(n.recipient().key()).isEqualTo("unit:SNV"));
        DossierSlaBreached returned = new DossierSlaBreached(appraisal.dossier(), appraisal.year(),
                appraisal.batchId(), new SlaDeadline("RETURN", null, appraisal.deadline().dueDate()), 2);
        EventNotices toUnit = NominationNotices.dossierSlaBreached(returned, CONTEXT);
        assertThat(toUnit.notices()).singleElement()
                .satisfies(n -> assertThat(n.recipient().key()).isEqualTo("unit:SGDDT"));
        assertThat(toUnit.concernedUnits()).containsExactly("SGDDT");
        assertThat(NominationNotices.dossierRecalled(read(EventTypes.DOSSIER_RECALLED, DossierRecalled.class),
                CONTEXT).notices()).singleElement()
                .satisfies(n -> assertThat(n.recipient().key()).isEqualTo("unit:SNV"));
    }

    @Test
    void anAwardGoesToTheUnitAndThePersonAndAnInvitationToEachInviteeByEmail() {
        AwardDecided award = read(EventTypes.AWARD_DECIDED, AwardDecided.class);
        assertThat(NominationNotices.awardDecided(award, CONTEXT).notices()).extracting(n -> n.recipient().key())
                .containsExactly("unit:SGDDT", "person:hoa.nt@sgddt.example.vn");
        assertThat(NominationNotices.awardDecided(award, CONTEXT).notices().get(0).model())
                .containsEntry("amount", "7.590.000").containsEntry("toPerson", false);
        CouncilSessionScheduled session = read(EventTypes.COUNCIL_SESSION_SCHEDULED, CouncilSessionScheduled.class);
        EventNotices invitations = NominationNotices.councilSessionScheduled(session, CONTEXT);
        assertThat(invitations.notices()).singleElement().satisfies(n -> {
            assertThat(n.recipient().key()).isEqualTo("person:chutich@ubnd.example.vn");
            assertThat(n.model()).containsEntry("startsAt", "08:30").containsEntry("startsOn", "18/12/2026");
        });
        // the invitee list holds everyone's address: no unit's webhook receives it
        assertThat(invitations.concernedUnits()).isEmpty();
    }

    @Test
    void aMeetingReminderGoesToTheStandingBodyAndToEachMemberWithAnAddressOnce() {
        CouncilMeetingDue fixture = read(EventTypes.COUNCIL_MEETING_DUE, CouncilMeetingDue.class);
        CouncilMeetingDue.Member chair = fixture.members().get(0);
        CouncilMeetingDue due = new CouncilMeetingDue(fixture.councilId(), fixture.councilName(), fixture.level(),
                fixture.unitCode(), fixture.lastMeetingOn(), fixture.dueBy(), java.util.List.of(chair,
                        new CouncilMeetingDue.Member("hd-02", "Lê Văn B", "THUONG_TRUC", "SNV", null),
                        new CouncilMeetingDue.Member("hd-03", "Lò Văn Minh", "UY_VIEN", "UBND",
                                " ChuTich@ubnd.example.vn ")));
        EventNotices notices = NominationNotices.councilMeetingDue(due, CONTEXT);
        assertThat(notices.notices()).extracting(n -> n.recipient().key())
                .containsExactly("unit:SNV", "person:chutich@ubnd.example.vn");
        assertThat(notices.notices()).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.COUNCIL_MEETING_DUE);
            assertThat(n.reference()).isEqualTo(new Reference(Reference.Type.COUNCIL, "HDTDKT-TINH"));
            assertThat(n.model()).containsEntry("dueBy", "18/12/2026").containsEntry("lastMeetingOn", "18/06/2026")
                    .containsEntry("councilName", "Hội đồng Thi đua – Khen thưởng tỉnh")
                    .containsEntry("unitName", "Sở Nội vụ").containsEntry("memberCount", 3);
        });
        assertThat(notices.notices().get(0).model()).containsEntry("toPerson", false).doesNotContainKey("memberName");
        assertThat(notices.notices().get(1).model()).containsEntry("toPerson", true)
                .containsEntry("memberName", "Lò Văn Minh");
        assertThat(notices.notices().get(1).recipient().unitCode()).isEqualTo("UBND");
        // the member list carries every member's address: only the standing body's webhooks receive it
        assertThat(notices.concernedUnits()).containsExactly("SNV");
        CouncilMeetingDue neverMet = new CouncilMeetingDue(due.councilId(), due.councilName(), due.level(),
                due.unitCode(), null, due.dueBy(), due.members());
        assertThat(NominationNotices.councilMeetingDue(neverMet, CONTEXT).notices().get(0).model())
                .containsEntry("hasLastMeetingOn", false);
    }

    @Test
    void aMovementGoesToEachParticipantWithItsOwnQuotas() {
        MovementLaunched movement = read(EventTypes.MOVEMENT_LAUNCHED, MovementLaunched.class);
        EventNotices notices = PlanNotices.movementLaunched(movement, CONTEXT);
        assertThat(notices.notices()).extracting(n -> n.recipient().key()).containsExactly("unit:SGDDT", "unit:SYT");
        assertThat(notices.notices().get(0).model().get("quotas")).asList().singleElement()
                .isEqualTo(Map.of("awardCode", "BK_TINH", "max", 3));
    }

    @Test
    void theLevelAboveIsTheParentUnitOrTheProvinceBodyForUnitsDirectlyUnderTheProvince() {
        assertThat(CONTEXT.levelAbove("PGD")).isEqualTo("SGDDT");
        assertThat(CONTEXT.levelAbove("SGDDT")).isEqualTo("SNV");
        assertThat(CONTEXT.levelAbove("XA")).as("no parent recorded").isEqualTo("SNV");
        assertThat(CONTEXT.levelAbove("SNV")).as("the province body's own items").isEqualTo("UBND");
        OverdueItem item = OverdueItems.of(read(EventTypes.TASK_OVERDUE, TaskOverdue.class));
        Notice above = EscalationNotices.levelAbove(item, item.dueDate().plusDays(14), CONTEXT);
        assertThat(above.kind()).isEqualTo(NoticeKind.ESCALATION_PARENT);
        assertThat(above.recipient()).isEqualTo(RecipientRef.unit("UBND"));
        assertThat(above.model()).containsEntry("daysLate", 14L).containsEntry("lateUnitName", "Sở Nội vụ");
        Notice head = EscalationNotices.head(item, item.dueDate().plusDays(7), CONTEXT);
        assertThat(head.recipient()).isEqualTo(RecipientRef.head("SNV"));
        assertThat(head.model()).containsEntry("headName", "Lê Văn B").containsEntry("hasHeadName", true);
    }

    static <T> T read(EventType type, Class<T> payloadType) {
        try (InputStream in = NoticeRulesTest.class.getResourceAsStream(type.fixtureResource())) {
            return EventJson.mapper().readValue(in, payloadType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
