package vn.tdkt.plan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.reporting.ReportDutyRef;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.platformtest.service.ServiceTest;

/** reporting-service's report-submitted completes the plan task it names, once, with the report as evidence. */
class ReportSubmittedTest extends ServiceTest {

    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired @Qualifier("reportingEvents") Consumer<Message<byte[]>> reportingEvents;

    @Test
    void a_submitted_report_completes_its_task_once_with_the_report_as_evidence() {
        String taskId = Plans.publish(context, "RS-01/KH-UBND", 2025, List.of(
                Plans.due("Báo cáo sơ kết 6 tháng", LocalDate.of(2025, 6, 15), "SYT"))).get(0);
        ReportSubmitted fixture = EventJson.mapper().readValue(ContractSchemas.fixture(EventTypes.REPORT_SUBMITTED),
                ReportSubmitted.class);
        ReportDutyRef duty = fixture.duty();
        ReportSubmitted report = new ReportSubmitted(new ReportDutyRef(duty.dutyId(), duty.obligationId(),
                duty.title(), "SYT", duty.period()), fixture.submissionId(), "syt-user", fixture.submittedAt(),
                fixture.dueDate(), true, false, taskId, fixture.documentUrl());

        String json = EventJson.mapper().writeValueAsString(report);
        reportingEvents.accept(EventMessages.of(EventTypes.REPORT_SUBMITTED, "ev-report-1", report.dutyId(), 1, json));
        reportingEvents.accept(EventMessages.of(EventTypes.REPORT_SUBMITTED, "ev-report-1", report.dutyId(), 1, json));
        // a resubmission of the same duty later: the task is done already
        reportingEvents.accept(EventMessages.of(EventTypes.REPORT_SUBMITTED, "ev-report-2", report.dutyId(), 3, json));

        Task task = tasks.get(Plans.SNV, taskId).value();
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.evidence().kind()).isEqualTo(EvidenceKind.REPORT);
        assertThat(task.evidence().reference()).isEqualTo(fixture.documentUrl());
        assertThat(task.evidence().recordedBy()).isEqualTo("syt-user");
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_COMPLETED, taskId)).hasSize(1);
    }

    @Test
    void a_report_for_a_task_this_service_does_not_know_changes_nothing() {
        reportingEvents.accept(EventMessages.fixture(EventTypes.REPORT_SUBMITTED, "duty-x", 1));

        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_COMPLETED, "0195f3a2-7c1e-7a00-8000-000000000071")).isEmpty();
    }
}
