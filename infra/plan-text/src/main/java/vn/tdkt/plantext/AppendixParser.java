package vn.tdkt.plantext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Reads one appendix: its caption ("(Kèm theo Kế hoạch số 01/KH-UBND ngày 02 tháng 01 năm 2024 …)"),
 * checked against the header because copy-pasted appendices often keep last year's date, and its task
 * table: rows of cells when the document kept its table (Markdown, Word, a PDF whose columns could be rebuilt),
 * otherwise the flattened text of one cell a line.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AppendixParser {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitNameRecognizer recognizer;

    record Result(List<AppendixTask> tasks, List<ImportWarning> warnings) {
    }

    Result parse(List<SourceLine> region, PlanHeader header, DoubleConsumer progress) {
        List<ImportWarning> warnings = new ArrayList<>(checkCaption(region, header));
        List<RawTaskRow> rows;
        if (TableRowParser.containsTable(region)) {
            TableRowParser.Result table = new TableRowParser().parse(region);
            rows = table.rows();
            warnings.addAll(table.warnings());
        } else {
            AppendixTableParser.Result table = new AppendixTableParser(recognizer).parse(region, header.year());
            rows = table.rows();
            warnings.addAll(table.warnings());
        }
        AppendixTaskAssembler.Result assembled = new AppendixTaskAssembler().assemble(rows, header.year(), progress);
        warnings.addAll(assembled.warnings());
        return new Result(assembled.tasks(), warnings);
    }

    private static List<ImportWarning> checkCaption(List<SourceLine> region, PlanHeader header) {
        List<ImportWarning> warnings = new ArrayList<>();
        for (SourceLine line : region) {
            String folded = line.folded();
            if (TableColumn.fromHeader(line.text()).orElse(null) == TableColumn.NUMBER || line.isTableRow()) {
                break;
            }
            if (!folded.contains("kem theo")) {
                continue;
            }
            String number = DocumentReferences.documentNumber(line.text()).orElse(null);
            LocalDate date = DocumentReferences.firstDate(line.text()).orElse(null);
            if (number != null && header.number() != null && !number.equalsIgnoreCase(header.number())) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_NUMBER_MISMATCH, "Phụ lục ghi kèm theo văn bản số " + number
                        + " nhưng phần đầu văn bản ghi số " + header.number() + ".", line.number()));
            }
            if (date != null && header.date() != null && !date.equals(header.date())) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_DATE_MISMATCH, "Phụ lục ghi kèm theo văn bản ngày "
                        + DATE.format(date) + " nhưng phần đầu văn bản ghi ngày " + DATE.format(header.date()) + ".", line.number()));
            }
            break;
        }
        return warnings;
    }
}
