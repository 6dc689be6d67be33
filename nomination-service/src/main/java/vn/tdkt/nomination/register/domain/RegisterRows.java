package vn.tdkt.nomination.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.facts.ratings.domain.ImportSheet;
import vn.tdkt.nomination.facts.ratings.domain.RowError;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;
import lombok.RequiredArgsConstructor;

/**
 * Reads the rows of a historical-decisions file into what each says, checking everything the text alone tells:
 * required cells, dates, years, the kind of subject and the deciding authority, and rows repeated within the file.
 * Whether the award exists and the authority had the power is for the import service (catalogue, rules). A file
 * with a bad row imports nothing.
 */
public final class RegisterRows {

    public static final int MIN_YEAR = ImportSheet.MIN_YEAR;
    public static final int MAX_YEAR = ImportSheet.MAX_YEAR;

    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");

    private RegisterRows() {
    }

    /**
     * One row as written.
     *
     * @param row       1-based, counting the header row
     * @param awardText the award as written: its code or its name
     */
    public record ImportRow(int row, RegisterSubject subject, String awardText, int year, CommendationType type,
            String decisionNumber, LocalDate decisionDate, DecidingAuthority authority, String signer,
            String provenance) {
    }

    /**
     * @param rows   the rows that read well (checked further by the import service even when others did not, so
     *               that every problem of a file is reported at once)
     * @param errors every problem found
     */
    public record Result(List<ImportRow> rows, List<RowError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /**
     * @param cells the file's rows, header first, as text
     * @param today decisions dated later are refused
     */
    public static Result parse(List<List<String>> cells, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        if (ImportSheet.headerMissing(cells)) {
            errors.add(new RowError(1, null, "register.import.header-missing", List.of()));
            return new Result(List.of(), errors);
        }
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        List<String> header = cells.get(0);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            RegisterColumn.recognise(header.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        for (RegisterColumn column : RegisterColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                errors.add(new RowError(1, column.header(), "register.import.column-missing",
                        List.of(column.header())));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<ImportRow> rows = ImportSheet.distinctRows(cells,
                (row, number) -> new Cells(row, columns, number, errors, today).read(),
                parsed -> parsed.subject().naturalKey() + "|" + TextNormalizer.fold(parsed.awardText()) + "|"
                        + parsed.year(),
                "register.import.duplicate-row", errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, null, "register.import.empty", List.of()));
        }
        return new Result(rows, errors);
    }

    /** A kind of subject as written: its Vietnamese label or its code, ignoring case and diacritics. */
    static Optional<SubjectType> subjectType(String text) {
        String key = TextNormalizer.fold(text);
        return switch (key) {
            case "ca nhan", "individual" -> Optional.of(SubjectType.INDIVIDUAL);
            case "tap the", "collective" -> Optional.of(SubjectType.COLLECTIVE);
            case "ho gia dinh", "household" -> Optional.of(SubjectType.HOUSEHOLD);
            default -> Optional.empty();
        };
    }

    /** A commendation type as written (công trạng, chuyên đề, đột xuất, cống hiến) or its code. */
    static Optional<CommendationType> type(String text) {
        String key = TextNormalizer.fold(text);
        for (CommendationType type : CommendationType.values()) {
            if (type.name().equalsIgnoreCase(key) || TextNormalizer.fold(type.label()).contains(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** An authority as written: its code (CHU_TICH_UBND_TINH) or its Vietnamese label. */
    public static Optional<DecidingAuthority> authority(String text) {
        String key = TextNormalizer.fold(text);
        for (DecidingAuthority authority : DecidingAuthority.values()) {
            if (authority.name().equalsIgnoreCase(key.replace(' ', '_'))
                    || TextNormalizer.fold(authority.label()).equals(key)) {
                return Optional.of(authority);
            }
        }
        return Optional.empty();
    }

    @RequiredArgsConstructor
    private static final class Cells {
        private final List<String> cells;
        private final Map<RegisterColumn, Integer> columns;
        private final int number;
        private final List<RowError> errors;
        private final LocalDate today;

        Optional<ImportRow> read() {
            int before = errors.size();
            for (RegisterColumn column : RegisterColumn.values()) {
                if (column.required() && text(column) == null) {
                    error(column, "register.import.cell-required", column.header());
                }
            }
            SubjectType subjectType = parse(RegisterColumn.SUBJECT_TYPE, RegisterRows::subjectType,
                    "register.import.subject-type-invalid");
            CommendationType type = text(RegisterColumn.TYPE) == null ? CommendationType.PERIODIC
                    : parse(RegisterColumn.TYPE, RegisterRows::type, "register.import.type-invalid");
            DecidingAuthority authority = parse(RegisterColumn.AUTHORITY, RegisterRows::authority,
                    "register.import.authority-invalid");
            LocalDate birthDate = date(RegisterColumn.BIRTH_DATE);
            LocalDate decisionDate = date(RegisterColumn.DECISION_DATE);
            Integer year = year();
            String nationalId = text(RegisterColumn.NATIONAL_ID);
            if (nationalId != null && !NATIONAL_ID.matcher(nationalId).matches()) {
                error(RegisterColumn.NATIONAL_ID, "register.import.national-id-invalid", nationalId);
            }
            if (decisionDate != null && decisionDate.isAfter(today)) {
                error(RegisterColumn.DECISION_DATE, "register.import.decision-in-future", text(
                        RegisterColumn.DECISION_DATE));
            }
            if (decisionDate != null && year != null && decisionDate.getYear() < year) {
                error(RegisterColumn.DECISION_DATE, "register.import.decision-before-year",
                        text(RegisterColumn.DECISION_DATE), year);
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            RegisterSubject subject;
            try {
                subject = new RegisterSubject(subjectType, text(RegisterColumn.NAME), null, nationalId, birthDate,
                        text(RegisterColumn.UNIT_CODE), text(RegisterColumn.ADDRESS));
            } catch (DomainException e) {
                errors.add(new RowError(number, null, e.code(), e.args()));
                return Optional.empty();
            }
            return Optional.of(new ImportRow(number, subject, text(RegisterColumn.AWARD), year, type,
                    text(RegisterColumn.DECISION_NUMBER), decisionDate, authority, text(RegisterColumn.SIGNER),
                    text(RegisterColumn.PROVENANCE)));
        }

        private <T> T parse(RegisterColumn column, java.util.function.Function<String, Optional<T>> reader,
                String code) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            Optional<T> value = reader.apply(text);
            if (value.isEmpty()) {
                error(column, code, text);
            }
            return value.orElse(null);
        }

        private Integer year() {
            String text = text(RegisterColumn.YEAR);
            if (text == null) {
                return null;
            }
            Integer year = ImportSheet.year(text);
            if (year == null) {
                error(RegisterColumn.YEAR, "register.import.year-invalid", text, MIN_YEAR, MAX_YEAR);
            }
            return year;
        }

        private LocalDate date(RegisterColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            LocalDate date = ImportSheet.date(text);
            if (date == null) {
                error(column, "register.import.date-invalid", text);
            }
            return date;
        }

        private String text(RegisterColumn column) {
            return ImportSheet.text(cells, columns.get(column));
        }

        private void error(RegisterColumn column, String code, Object... args) {
            errors.add(new RowError(number, column.header(), code, List.of(args)));
        }
    }
}
