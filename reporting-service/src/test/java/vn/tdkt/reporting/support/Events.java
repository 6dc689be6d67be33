package vn.tdkt.reporting.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierRef;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.contracts.plan.UnitRegistered;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;

/**
 * Inbound messages built from the contract records themselves (checked against their JSON Schema), for scenarios the
 * golden fixtures do not cover. Defaults keep the tests short; what a test asserts on is passed explicitly.
 */
public final class Events {

    public static final String PLAN_ID = "0195f3a2-7c1e-7a00-8000-0000000000a1";

    private Events() {
    }

    /** The record as the relay would send it: type from the payload, subject = aggregate id. */
    public static Message<byte[]> message(EventPayload payload, long sequence) {
        var type = EventTypes.of(payload.getClass());
        String json = EventJson.mapper().writeValueAsString(payload);
        ContractSchemas.assertValid(type, json);
        return EventMessages.of(type, payload.aggregateId(), sequence, json);
    }

    /** The same, with a given event id (to test redelivery). */
    public static Message<byte[]> message(String eventId, EventPayload payload, long sequence) {
        var type = EventTypes.of(payload.getClass());
        return EventMessages.of(type, eventId, payload.aggregateId(), sequence,
                EventJson.mapper().writeValueAsString(payload));
    }

    public static PlanPublished.PlannedTask task(String taskId, String lead, String dueDate, String content,
            String... coordinating) {
        return new PlanPublished.PlannedTask(taskId, content, null, dueDate == null ? null : LocalDate.parse(dueDate),
                lead, Arrays.asList(coordinating));
    }

    public static PlanPublished planPublished(String planId, String code, PlanPublished.PlannedTask... tasks) {
        return new PlanPublished(planId, code, "Kế hoạch thi đua năm", 2025, 1, "UBND", LocalDate.of(2025, 1, 2),
                Instant.parse("2025-01-03T02:00:00Z"), List.of(tasks));
    }

    public static TaskAssigned assigned(String taskId, String unit, String role, String lead, String dueDate,
            String evidence, String content, String... coordinating) {
        return new TaskAssigned(new TaskRef(taskId, PLAN_ID, "02/KH-UBND", content, lead, Arrays.asList(coordinating)),
                1, unit, role, null, evidence, LocalDate.parse(dueDate));
    }

    public static TaskCompleted completed(String taskId, String lead, String dueDate, String completedAt) {
        return new TaskCompleted(new TaskRef(taskId, PLAN_ID, "02/KH-UBND", "Nhiệm vụ " + taskId, lead, List.of()),
                Instant.parse(completedAt), lead.toLowerCase() + "-user", "DOCUMENT", "VB-" + taskId,
                LocalDate.parse(dueDate), null);
    }

    public static TaskDue due(String taskId, String lead, String dueDate, int daysLeft, String... coordinating) {
        return new TaskDue(new TaskRef(taskId, PLAN_ID, "02/KH-UBND", "Nhiệm vụ " + taskId, lead,
                Arrays.asList(coordinating)), LocalDate.parse(dueDate), LocalDate.parse(dueDate).minusDays(daysLeft),
                daysLeft, daysLeft);
    }

    public static TaskOverdue overdue(String taskId, String lead, String dueDate, int daysLate) {
        return new TaskOverdue(new TaskRef(taskId, PLAN_ID, "02/KH-UBND", "Nhiệm vụ " + taskId, lead, List.of()),
                LocalDate.parse(dueDate), LocalDate.parse(dueDate).plusDays(daysLate), daysLate, daysLate,
                daysLate >= 7);
    }

    public static UnitRegistered unit(String code, String name, String kind) {
        return new UnitRegistered(new UnitProfile(code, name, name.toLowerCase(), kind, List.of(), "UBND", null, null,
                null, null, null, null, null, null));
    }

    public static ClusterFormed cluster(String clusterId, String code, int year, String head, String... others) {
        List<ClusterFormed.Member> members = new java.util.ArrayList<>();
        members.add(new ClusterFormed.Member(head, "TRUONG_KHOI"));
        for (String other : others) {
            members.add(new ClusterFormed.Member(other, "THANH_VIEN"));
        }
        return new ClusterFormed(clusterId, code, "Khối thi đua " + code, "BLOCK", year, members, head, null);
    }

    public static MovementLaunched movement(String movementId, String kind, String from, String to,
            String launchedAt, String... participants) {
        return new MovementLaunched(movementId, "Phong trào " + movementId, kind, "Chỉ thị 01/CT-UBND",
                LocalDate.parse(from), LocalDate.parse(to), PLAN_ID, Arrays.asList(participants), List.of("BK_TINH"),
                List.of(), LocalDate.parse(to).minusMonths(1), LocalDate.parse(to), "SNV", null,
                Instant.parse(launchedAt), "snv-user");
    }

    public static RegistrationSubmitted registrationSubmitted(String registrationId, String movementId, String unit) {
        return new RegistrationSubmitted(registrationId, movementId, unit, 1,
                List.of(new RegistrationSubmitted.Item("BK_TINH", 1)), Instant.parse("2026-02-01T02:00:00Z"),
                unit.toLowerCase() + "-user");
    }

    public static RegistrationApproved registrationApproved(String registrationId, String movementId, String unit) {
        return new RegistrationApproved(registrationId, movementId, unit, 1,
                List.of(new RegistrationSubmitted.Item("BK_TINH", 1)), Instant.parse("2026-02-10T02:00:00Z"),
                "snv-user");
    }

    public static DossierSubmitted dossierSubmitted(String dossierId, String unit, String award, String at) {
        return new DossierSubmitted(new DossierRef(dossierId, unit, SubjectType.COLLECTIVE, "Tập thể " + unit, award,
                "Hình thức " + award), 2026, Instant.parse(at));
    }

    public static DossierAppraised dossierAppraised(String dossierId, String unit, String award, boolean eligible,
            String at) {
        return new DossierAppraised(new DossierRef(dossierId, unit, SubjectType.COLLECTIVE, "Tập thể " + unit, award,
                "Hình thức " + award), eligible ? AppraisalOutcome.ELIGIBLE : AppraisalOutcome.NOT_ELIGIBLE,
                eligible ? List.of() : List.of("Thiếu biên bản bình xét"), "snv-user", Instant.parse(at), null, null);
    }

    public static AwardDecided award(String awardId, String dossierId, String unit, SubjectType subject, String code,
            String name, String decisionDate, long amount) {
        LocalDate decided = LocalDate.parse(decisionDate);
        return new AwardDecided(new AwardRef(awardId, dossierId, unit, subject, "Đối tượng " + awardId, code, name,
                decided.getYear()), "qd-" + awardId, "1/QĐ-UBND", decided, "CHU_TICH_UBND_TINH", amount, 1.0,
                2_530_000, null, null);
    }
}
