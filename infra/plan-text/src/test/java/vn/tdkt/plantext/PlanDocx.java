package vn.tdkt.plantext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes a {@link TestPlan} as a Word document with Apache POI, as an officer's Word file is made: two columns side
 * by side in a borderless layout table, headings in "Heading n" styles, the appendix as a real table whose group rows
 * span the columns. Options make it harder: the lead unit cell merged down over rows of the same lead.
 */
public final class PlanDocx {

    private boolean mergeSameLead;

    /**
     * A Word document of some 4 MB of text, more than the 2 MB a plan's text may have, whose XML is still under the
     * 16 MB a part may have: refused as too large by the text it holds.
     */
    public static byte[] tooMuchText() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // words in a random order: text that repeats itself would trip POI's own zip-bomb guard first
            String[] words = ("các sở ban ngành tỉnh tổ chức phát động phong trào thi đua yêu nước năm kế hoạch"
                    + " đơn vị khen thưởng báo cáo quý tiến độ thực hiện nhiệm vụ chủ trì phối hợp").split(" ");
            java.util.Random random = new java.util.Random(3);
            for (int paragraph = 0; paragraph < 3_000; paragraph++) {
                StringBuilder text = new StringBuilder();
                for (int word = 0; word < 200; word++) {
                    text.append(words[random.nextInt(words.length)]).append(random.nextInt(10)).append(' ');
                }
                document.createParagraph().createRun().setText(text.toString());
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDocx writer() {
        return new PlanDocx();
    }

    /** Merges the lead cells of consecutive rows with the same lead unit (Word's vertical merge). */
    public PlanDocx mergingSameLead() {
        this.mergeSameLead = true;
        return this;
    }

    public byte[] write(TestPlan plan) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (TestPlan.Block block : plan.blocks()) {
                if (block.right() != null) {
                    XWPFTable layout = document.createTable(1, 2);
                    layout.removeBorders();
                    text(layout.getRow(0).getCell(0), List.of(block.text().split("\n")));
                    text(layout.getRow(0).getCell(1), List.of(block.right().split("\n")));
                } else {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (block.numberLevel() >= 0) {
                        paragraph.setNumID(numbering(document));
                        paragraph.setNumILvl(BigInteger.valueOf(block.numberLevel()));
                    }
                    if (block.heading() > 0) {
                        paragraph.setStyle("Heading" + block.heading());
                    }
                    paragraph.createRun().setText(block.text());
                }
            }
            if (!plan.tableHeader().isEmpty()) {
                table(document, plan);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigInteger numId;

    /** Word's multi-level list of administrative documents: "I." / "1." / "a)". */
    private BigInteger numbering(XWPFDocument document) {
        if (numId == null) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ONE);
            level(list, 0, STNumberFormat.UPPER_ROMAN, "%1.");
            level(list, 1, STNumberFormat.DECIMAL, "%2.");
            level(list, 2, STNumberFormat.LOWER_LETTER, "%3)");
            XWPFNumbering numbering = document.createNumbering();
            numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
        }
        return numId;
    }

    private static void level(CTAbstractNum list, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private void table(XWPFDocument document, TestPlan plan) {
        int columns = plan.tableHeader().size();
        XWPFTable table = document.createTable(1, columns);
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setText(plan.tableHeader().get(c));
        }
        String previousLead = null;
        for (TestPlan.Row row : plan.rows()) {
            XWPFTableRow tableRow = table.createRow();
            if (row.isGroup()) {
                tableRow.getCell(0).setText(row.number());
                XWPFTableCell title = tableRow.getCell(1);
                title.setText(row.content());
                title.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1));
                while (tableRow.getTableCells().size() > 2) {
                    tableRow.removeCell(2);
                }
                previousLead = null;
                continue;
            }
            tableRow.getCell(0).setText(row.number());
            tableRow.getCell(1).setText(row.content());
            if (row.period() != null) {
                tableRow.getCell(2).setText(row.period());
            }
            XWPFTableCell lead = tableRow.getCell(3);
            if (mergeSameLead && row.lead() != null && row.lead().equals(previousLead)) {
                lead.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            } else {
                if (row.lead() != null) {
                    lead.setText(row.lead());
                }
                if (mergeSameLead) {
                    lead.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                }
            }
            previousLead = row.lead();
            text(tableRow.getCell(4), row.coordinators().stream().map(unit -> "- " + unit + ";").toList());
        }
    }

    /** One paragraph per line in a cell. */
    private static void text(XWPFTableCell cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.createRun().setText(lines.get(i));
        }
    }
}
