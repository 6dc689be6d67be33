package vn.tdkt.notification.notice.domain;

import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.reporting.ReportDutyRef;
import vn.tdkt.contracts.reporting.ReportOverdue;

/** The overdue item an overdue event is about. */
public final class OverdueItems {

    private OverdueItems() {
    }

    public static OverdueItem of(TaskOverdue event) {
        TaskRef task = event.task();
        return new OverdueItem(OverdueItem.Type.TASK, task.taskId(), task.leadUnit(), task.content(), task.planCode(),
                event.dueDate(), EventTypes.TASK_OVERDUE.type());
    }

    public static OverdueItem of(ReportOverdue event) {
        ReportDutyRef duty = event.duty();
        return new OverdueItem(OverdueItem.Type.REPORT, duty.dutyId(), duty.unitCode(), duty.title(), duty.period(),
                event.dueDate(), EventTypes.REPORT_OVERDUE.type());
    }
}
