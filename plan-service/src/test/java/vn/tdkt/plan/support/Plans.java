package vn.tdkt.plan.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/** Creates and publishes plans through the application layer (no HTTP), for ladder tests. */
public final class Plans {

    public static final TdktPrincipal SNV = new TdktPrincipal("snv-user", "SNV", Set.of(TdktRole.SNV_OFFICER));

    private Plans() {
    }

    public static TaskInput due(String content, LocalDate dueDate, String lead, String... coordinating) {
        return new TaskInput(null, content, null, dueDate, lead, List.of(coordinating), EvidenceKind.REPORT);
    }

    /** Publishes a plan with the given tasks; returns the task ids in order. */
    public static List<String> publish(ApplicationContext context, String code, int year, List<TaskInput> tasks) {
        PlanService plans = context.getBean(PlanService.class);
        PlanContent content = new PlanContent(code, LocalDate.of(year, 1, 2), "UBND", null, "Kế hoạch " + code, year,
                PlanKind.ANNUAL, null, List.of(), List.of(), List.of(), List.of());
        Versioned<Plan> draft = plans.create(SNV, content, tasks);
        Versioned<Plan> published = plans.publish(SNV, draft.value().id(), VersionPrecondition.none());
        return published.value().tasks().stream().map(t -> t.taskId()).toList();
    }
}
