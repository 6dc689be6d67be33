package vn.tdkt.plantext;

import java.util.List;

/**
 * A table row cut into cells but not yet interpreted; both table parsers (flattened PDF text and
 * Markdown pipe tables) produce these so that interpretation and its warnings are written once.
 *
 * @param period           the period cell; null when the row has no such cell
 * @param coordinatorLines the coordinating units cell, line by line (bullets kept)
 */
record RawTaskRow(TaskGroup group, String number, String content, String period, String lead,
                  List<String> coordinatorLines, int lineNumber) {
}
