package vn.tdkt.nomination.facts.ratings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tdkt.nomination.facts.domain.SubjectKey;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.rules.domain.Grade;
import vn.tdkt.platform.text.TextNormalizer;
import lombok.RequiredArgsConstructor;

/**
 * Checks the rows of a ratings file and turns them into ratings. A row is a person's rating (national ID, or name
 * and date of birth, plus the unit) or, with no person columns filled, the rating of the collective whose unit code
 * it names. Every row is checked before anything is kept, so an import is all or nothing.
 */
public final class RatingRows {

    public static final int MIN_YEAR = ImportSheet.MIN_YEAR;
    public static final int MAX_YEAR = ImportSheet.MAX_YEAR;

    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{9}|\\d{12}");

    private RatingRows() {
    }

    /** The ratings of a file, or the problems that keep it from being imported. */
    public record Result(List<Rating> ratings, List<RowError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /**
     * @param cells the file's rows, the header first, as text
     */
    public static Result parse(List<List<String>> cells, Rating.Source source) {
        List<RowError> errors = new ArrayList<>();
        if (ImportSheet.headerMissing(cells)) {
            errors.add(new RowError(1, null, "rating.import.header-missing", List.of()));
            return new Result(List.of(), errors);
        }
        Map<RatingColumn, Integer> columns = new EnumMap<>(RatingColumn.class);
        Map<RatingColumn, String> headers = new EnumMap<>(RatingColumn.class);
        List<String> header = cells.get(0);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            RatingColumn.recognise(header.get(i)).ifPresent(column -> {
                columns.putIfAbsent(column, index);
                headers.putIfAbsent(column, header.get(index).strip());
            });
        }
        for (RatingColumn required : List.of(RatingColumn.UNIT_CODE, RatingColumn.YEAR, RatingColumn.GRADE)) {
            if (!columns.containsKey(required)) {
                errors.add(new RowError(1, required.header(), "rating.import.column-missing",
                        List.of(required.header())));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        // each rating's source names the row it came from
        List<Rating> ratings = ImportSheet.distinctRows(cells, (row, number) -> new Row(row, columns, headers,
                number, errors).rating(new Rating.Source(source.importId(), number, source.fileName(),
                        source.importedBy(), source.importedAt())), Rating::key, "rating.import.duplicate-row",
                errors);
        if (ratings.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, null, "rating.import.empty", List.of()));
        }
        return new Result(errors.isEmpty() ? ratings : List.of(), errors);
    }

    /** A grade written as its code (HTXSNV) or its Vietnamese name, ignoring case and diacritics. */
    public static Optional<Grade> grade(String text) {
        String key = TextNormalizer.fold(text == null ? "" : text);
        for (Grade grade : Grade.values()) {
            if (grade.name().equalsIgnoreCase(key) || TextNormalizer.fold(grade.label()).equals(key)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    @RequiredArgsConstructor
    private static final class Row {
        private final List<String> cells;
        private final Map<RatingColumn, Integer> columns;
        private final Map<RatingColumn, String> headers;
        private final int number;
        private final List<RowError> errors;

        Optional<Rating> rating(Rating.Source source) {
            int before = errors.size();
            String unit = text(RatingColumn.UNIT_CODE);
            if (unit == null) {
                error(RatingColumn.UNIT_CODE, "rating.import.unit-required");
            }
            Integer year = year();
            Grade grade = null;
            String gradeText = text(RatingColumn.GRADE);
            if (gradeText == null) {
                error(RatingColumn.GRADE, "rating.import.grade-required");
            } else {
                grade = grade(gradeText).orElse(null);
                if (grade == null) {
                    error(RatingColumn.GRADE, "rating.import.grade-invalid", gradeText);
                }
            }
            String nationalId = text(RatingColumn.NATIONAL_ID);
            String fullName = text(RatingColumn.FULL_NAME);
            String birthText = text(RatingColumn.BIRTH_DATE);
            LocalDate birthDate = null;
            if (birthText != null) {
                birthDate = ImportSheet.date(birthText);
                if (birthDate == null) {
                    error(RatingColumn.BIRTH_DATE, "rating.import.birth-date-invalid", birthText);
                }
            }
            if (nationalId != null && !NATIONAL_ID.matcher(nationalId).matches()) {
                error(RatingColumn.NATIONAL_ID, "rating.import.national-id-invalid", nationalId);
            }
            boolean person = nationalId != null || fullName != null || birthText != null;
            if (person && nationalId == null && (fullName == null || birthText == null)) {
                errors.add(new RowError(number, null, "rating.import.person-incomplete", List.of()));
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            SubjectRef ref = person ? SubjectRef.person(nationalId, fullName, birthDate, unit)
                    : SubjectRef.collective(unit);
            return Optional.of(new Rating(SubjectKey.of(ref), year, grade, source));
        }

        private Integer year() {
            String text = text(RatingColumn.YEAR);
            if (text == null) {
                error(RatingColumn.YEAR, "rating.import.year-invalid", "");
                return null;
            }
            Integer year = ImportSheet.year(text);
            if (year == null) {
                error(RatingColumn.YEAR, "rating.import.year-invalid", text);
            }
            return year;
        }

        private String text(RatingColumn column) {
            return ImportSheet.text(cells, columns.get(column));
        }

        private void error(RatingColumn column, String code, Object... args) {
            errors.add(new RowError(number, headers.getOrDefault(column, column.header()), code, List.of(args)));
        }
    }
}
