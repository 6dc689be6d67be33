package vn.tdkt.plan;

import org.springframework.stereotype.Component;
import vn.tdkt.plantext.DueDate;
import vn.tdkt.plantext.DueDateRule;
import vn.tdkt.plantext.PeriodParser;
import vn.tdkt.plan.task.domain.PeriodInterpreter;
import vn.tdkt.plan.task.domain.PeriodKind;
import vn.tdkt.plan.task.domain.TaskPeriod;

/**
 * Adapts the plan importer's period parser and due-date rule ({@link DueDateRule}: month → last day of the month,
 * quarter → last day of the quarter, explicit date → that date, range → its last day, ongoing → none) to the task
 * feature. It lives in the composition root so that the plan/task features and the importer do not depend on each
 * other (the importer's application layer creates plans).
 */
@Component
public class ImportingPeriodInterpreter implements PeriodInterpreter {

    private final PeriodParser parser = new PeriodParser();
    private final DueDateRule rule = new DueDateRule();

    @Override
    public TaskPeriod interpret(String text, int planYear) {
        vn.tdkt.plantext.TaskPeriod parsed = parser.parse(text, planYear);
        DueDate due = rule.dueDate(parsed);
        return new TaskPeriod(text == null ? null : text.strip(), PeriodKind.valueOf(parsed.kind().name()), due.date(),
                due.basis().label());
    }
}
