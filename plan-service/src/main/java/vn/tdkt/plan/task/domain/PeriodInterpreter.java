package vn.tdkt.plan.task.domain;

/**
 * Reads a period text into a {@link TaskPeriod} with its due date. The rule (documented on the implementation):
 * month → last day of the month; quarter → last day of the quarter; an explicit date → that date; a range →
 * its last day; ongoing ("Thường xuyên") or unreadable → no due date.
 */
@FunctionalInterface
public interface PeriodInterpreter {

    TaskPeriod interpret(String text, int planYear);
}
