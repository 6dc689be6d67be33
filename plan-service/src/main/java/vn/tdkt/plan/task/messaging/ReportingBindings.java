package vn.tdkt.plan.task.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.platform.messaging.EventRouter;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.platform.messaging.InboundEventReader;

/**
 * plan-service's one inbound topic: {@code reportingEvents} ← tdkt.reporting.events. A submitted report that names a
 * plan task completes that task with the report as its evidence; every other reporting event is none of this
 * service's business (duties, reminders and scores are reporting-service's own), so it has no route.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingBindings {

    @Bean
    public Consumer<Message<byte[]>> reportingEvents(InboundEventReader reader, TaskService tasks) {
        return EventRouter.builder(reader)
                .on(EventTypes.REPORT_SUBMITTED, (InboundEvent<ReportSubmitted> e) -> {
                    ReportSubmitted report = e.payload();
                    if (report.taskId() != null) {
                        tasks.completeWithReport(report.taskId(), report.submissionId(), report.duty().title(),
                                report.documentUrl(), report.submittedBy(), report.submittedAt());
                    }
                })
                .build();
    }
}
