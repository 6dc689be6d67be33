package vn.tdkt.plantext;

import java.util.List;

/**
 * A duty the plan asks to repeat, found in prose (not in the appendix table).
 *
 * @param frequency      how often
 * @param units          the unit(s) responsible, as written; empty when the sentence names none
 * @param dutyText       the clause carrying the frequency, e.g. "hàng quý cung cấp 01 tin hoặc bài về …"
 * @param sourceSentence the whole sentence (or bullet) the clause comes from
 * @param sectionPath    where it was found, e.g. "III.1"
 * @param lineNumber     1-based line in the input
 */
public record RecurringDuty(Recurrence frequency, List<String> units, String dutyText, String sourceSentence,
                            String sectionPath, int lineNumber) {

    public RecurringDuty {
        units = List.copyOf(units);
    }
}
