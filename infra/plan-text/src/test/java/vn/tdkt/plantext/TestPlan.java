package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan as a person lays it out in Word or prints it to PDF: paragraphs (optionally two columns side by side, as the
 * header and the signature block are), then the appendix caption and its task table as a table. Test documents in
 * DOCX and PDF are written from it ({@link PlanDocx}, {@link PlanPdf}); {@link #fromText} lays out a plain-text plan
 * whose appendix was flattened one cell a line (the Sơn La fixture), keeping its wording.
 */
public record TestPlan(List<Block> blocks, List<String> tableHeader, List<Row> rows) {

    public TestPlan {
        blocks = List.copyOf(blocks);
        tableHeader = List.copyOf(tableHeader);
        rows = List.copyOf(rows);
    }

    /**
     * A paragraph, or two texts side by side; {@code heading} > 0 for a heading style; {@code numberLevel} ≥ 0 for a
     * paragraph Word numbers itself (level 0 "I.", 1 "1.", 2 "a)"), its number not in its text.
     */
    public record Block(String text, String right, int heading, int numberLevel) {

        public static Block paragraph(String text) {
            return new Block(text, null, 0, -1);
        }

        public static Block heading(String text, int level) {
            return new Block(text, null, level, -1);
        }

        public static Block columns(String left, String right) {
            return new Block(left, right, 0, -1);
        }

        public static Block numbered(int level, String text) {
            return new Block(text, null, 0, level);
        }
    }

    /** A table row: a group row has a roman numeral and a title; a task row a number and its cells. */
    public record Row(String number, String content, String period, String lead, List<String> coordinators) {

        public static Row group(String numeral, String title) {
            return new Row(numeral, title, null, null, List.of());
        }

        public static Row task(int number, String content, String period, String lead, List<String> coordinators) {
            return new Row(String.valueOf(number), content, period, lead, List.copyOf(coordinators));
        }

        public boolean isGroup() {
            return period == null && lead == null && coordinators.isEmpty() && !number.matches("\\d+");
        }
    }

    public static final List<String> STANDARD_HEADER =
            List.of("TT", "NỘI DUNG", "THỜI GIAN", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP");

    /**
     * A plain-text plan laid out again: every line before the appendix's table a paragraph, the table's rows read
     * back from the text's own parse (so the cells are the ones the flattened text meant).
     */
    public static TestPlan fromText(String text) {
        List<String> lines = text.lines().toList();
        int tableStart = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("TT") || lines.get(i).strip().equals("STT")) {
                tableStart = i;
                break;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : lines.subList(0, tableStart)) {
            if (!line.isBlank()) {
                blocks.add(Block.paragraph(line.strip()));
            }
        }
        List<Row> rows = new ArrayList<>();
        String group = null;
        for (AppendixTask task : PlanText.read(text).appendixTasks()) {
            if (!Objects.equals(group, task.group().numeral()) && !task.group().numeral().isEmpty()) {
                group = task.group().numeral();
                rows.add(Row.group(group, task.group().title()));
            }
            rows.add(new Row(String.valueOf(task.rowNumber()), task.content(), task.periodText(), task.leadUnit(),
                    task.coordinatingUnits()));
        }
        return new TestPlan(blocks, tableStart < lines.size() ? STANDARD_HEADER : List.of(), rows);
    }
}
