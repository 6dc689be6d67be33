package vn.tdkt.nomination.nomineeimport.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.domain.Achievement;
import vn.tdkt.nomination.dossier.domain.DossierContent;
import vn.tdkt.nomination.dossier.domain.Gender;
import vn.tdkt.nomination.dossier.domain.MemberCounts;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.nomination.nomineeimport.domain.NomineeColumn;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Reads one row of a nominee list into a dossier's content. Every cell is read and every cell's mistake kept, in the
 * template's column order: an officer correcting a list of hundreds of rows sees a row's mistakes in one preview, not
 * one per upload.
 *
 * <p>A cell that cannot be read counts as empty for the rest of the row, so the subject's own checks (name, position,
 * national ID: they would only repeat "missing") run once every cell was read.
 */
final class NomineeRowReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The row as a dossier's content, or every reason it is not one. */
    record Result(Optional<DossierContent> content, List<DomainException> errors) {
    }

    private final NomineeWorkbook.RawRow row;
    private final List<DomainException> errors = new ArrayList<>();

    private NomineeRowReader(NomineeWorkbook.RawRow row) {
        this.row = row;
    }

    /** Reads {@code row} of a list for a batch of {@code batchUnit} under {@code movementId}. */
    static Result read(NomineeWorkbook.RawRow row, String batchUnit, String movementId, AwardCatalogue awards) {
        return new NomineeRowReader(row).read(batchUnit, movementId, awards);
    }

    private Result read(String batchUnit, String movementId, AwardCatalogue awards) {
        // in the template's column order, so the mistakes read left to right as the officer sees the row
        String name = row.get(NomineeColumn.NAME);
        SubjectType type = cell(this::subjectType);
        LocalDate birth = type == SubjectType.INDIVIDUAL ? cell(this::birth) : null;
        Gender gender = type == SubjectType.INDIVIDUAL ? cell(this::gender) : null;
        String unit = row.get(NomineeColumn.SUBJECT_UNIT) == null ? batchUnit
                : row.get(NomineeColumn.SUBJECT_UNIT).toUpperCase(Locale.ROOT);
        String awardCode = row.get(NomineeColumn.AWARD_CODE) == null ? null
                : row.get(NomineeColumn.AWARD_CODE).toUpperCase(Locale.ROOT);
        if (awardCode == null) {
            errors.add(DomainException.invalid("nominee-import.cell-required", NomineeColumn.AWARD_CODE.header()));
        }
        AwardForm award = type == null || awardCode == null ? null : cell(() -> awards.require(awardCode, type));
        Integer year = cell(() -> number(NomineeColumn.YEAR, true));
        Proposal proposal = award == null || year == null ? null
                : cell(() -> new Proposal(awardCode, award.name(), year, movementId));
        String innovations = row.get(NomineeColumn.INNOVATIONS);
        Achievement achievement = cell(() -> new Achievement(row.get(NomineeColumn.ACHIEVEMENT),
                row.get(NomineeColumn.ACHIEVEMENT_ID), null, null, innovations == null ? List.of()
                        : Arrays.stream(innovations.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                                .toList()));
        MemberCounts members = type == SubjectType.COLLECTIVE ? cell(this::members) : null;
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(errors));
        }
        // the subject's own checks (name, position, national ID…) only once every cell it needs was read
        Subject subject = cell(() -> switch (type) {
            case INDIVIDUAL -> Subject.person(name, birth, gender, row.get(NomineeColumn.POSITION), unit,
                    row.get(NomineeColumn.NATIONAL_ID));
            case COLLECTIVE -> Subject.collective(name, unit, members);
            case HOUSEHOLD -> Subject.household(name, unit, row.get(NomineeColumn.ADDRESS));
        });
        if (subject == null) {
            return new Result(Optional.empty(), List.copyOf(errors));
        }
        return new Result(Optional.of(new DossierContent(subject, proposal, achievement, List.of())), List.of());
    }

    /** The member counts of a collective, every count's mistake kept. */
    private MemberCounts members() {
        Integer members = cell(() -> number(NomineeColumn.MEMBERS, true));
        Integer women = cell(() -> number(NomineeColumn.WOMEN, false));
        Integer ldtt = cell(() -> number(NomineeColumn.MEMBERS_LDTT, false));
        Integer cstdcs = cell(() -> number(NomineeColumn.MEMBERS_CSTDCS, false));
        String grade = cell(this::grade);
        Integer disciplined = cell(() -> number(NomineeColumn.MEMBERS_DISCIPLINED, false));
        if (members == null || women == null || ldtt == null || cstdcs == null || disciplined == null
                || (grade == null && row.get(NomineeColumn.LOWEST_GRADE) != null)) {
            return null; // the errors are kept
        }
        return new MemberCounts(members, women, ldtt, cstdcs, grade, disciplined);
    }

    /** The cell's value, or null after keeping its error. */
    private <T> T cell(Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException e) {
            errors.add(e);
            return null;
        }
    }

    private SubjectType subjectType() {
        String text = row.get(NomineeColumn.SUBJECT_TYPE);
        return switch (TextNormalizer.fold(text == null ? "" : text)) {
            case "ca nhan" -> SubjectType.INDIVIDUAL;
            case "tap the" -> SubjectType.COLLECTIVE;
            case "ho gia dinh" -> SubjectType.HOUSEHOLD;
            default -> throw DomainException.invalid("nominee-import.subject-type-invalid", String.valueOf(text));
        };
    }

    private Gender gender() {
        String text = row.get(NomineeColumn.GENDER);
        if (text == null) {
            return null;
        }
        return switch (TextNormalizer.fold(text)) {
            case "nam" -> Gender.MALE;
            case "nu" -> Gender.FEMALE;
            default -> throw DomainException.invalid("nominee-import.gender-invalid", text);
        };
    }

    private String grade() {
        String text = row.get(NomineeColumn.LOWEST_GRADE);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.matches("HTXSNV|HTTNV|HTNV|KHTNV")) {
            throw DomainException.invalid("nominee-import.grade-invalid", text);
        }
        return upper;
    }

    private LocalDate birth() {
        if (row.dateOfBirth() != null) {
            return row.dateOfBirth();
        }
        String text = row.get(NomineeColumn.DATE_OF_BIRTH);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("nominee-import.date-invalid", text);
        }
    }

    private int number(NomineeColumn column, boolean required) {
        String text = row.get(column);
        if (text == null) {
            if (required) {
                throw DomainException.invalid("nominee-import.cell-required", column.header());
            }
            return 0;
        }
        try {
            return Integer.parseInt(text.replace(".", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("nominee-import.number-invalid", column.header(), text);
        }
    }
}
