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
 * <p>Each cell the subject needs (name; a person's birth date, gender, position and national ID; a household's
 * address) is checked at its own column. The subject's own checks stay as a backstop, run once every cell was read.
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
        String name = required(NomineeColumn.NAME);
        SubjectType type = cell(this::subjectType);
        boolean person = type == SubjectType.INDIVIDUAL;
        LocalDate birth = person ? cell(this::birth) : null;
        Gender gender = person ? cell(this::gender) : null;
        String position = person ? required(NomineeColumn.POSITION) : null;
        String nationalId = person ? cell(() -> Subject.nationalId(row.get(NomineeColumn.NATIONAL_ID))) : null;
        String unit = row.get(NomineeColumn.SUBJECT_UNIT) == null ? batchUnit
                : row.get(NomineeColumn.SUBJECT_UNIT).toUpperCase(Locale.ROOT);
        String awardCode = required(NomineeColumn.AWARD_CODE) == null ? null
                : row.get(NomineeColumn.AWARD_CODE).toUpperCase(Locale.ROOT);
        AwardForm award = awardCode == null ? null : award(awards, awardCode, type);
        Integer year = cell(() -> number(NomineeColumn.YEAR, true));
        Proposal proposal = award == null || year == null ? null
                : cell(() -> new Proposal(awardCode, award.name(), year, movementId));
        String innovations = row.get(NomineeColumn.INNOVATIONS);
        Achievement achievement = cell(() -> new Achievement(row.get(NomineeColumn.ACHIEVEMENT),
                row.get(NomineeColumn.ACHIEVEMENT_ID), null, null, innovations == null ? List.of()
                        : Arrays.stream(innovations.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                                .toList()));
        MemberCounts members = type == SubjectType.COLLECTIVE ? cell(this::members) : null;
        String address = type == SubjectType.HOUSEHOLD ? required(NomineeColumn.ADDRESS) : null;
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(errors));
        }
        // every cell the subject needs was checked above; its own checks stay as the backstop
        Subject subject = cell(() -> switch (type) {
            case INDIVIDUAL -> Subject.person(name, birth, gender, position, unit, nationalId);
            case COLLECTIVE -> Subject.collective(name, unit, members);
            case HOUSEHOLD -> Subject.household(name, unit, address);
        });
        if (subject == null) {
            return new Result(Optional.empty(), List.copyOf(errors));
        }
        return new Result(Optional.of(new DossierContent(subject, proposal, achievement, List.of())), List.of());
    }

    /**
     * The award the row names, fit for its subject; null after keeping the error. Without a subject type its fit
     * cannot be judged, but an unknown code is still told.
     */
    private AwardForm award(AwardCatalogue awards, String code, SubjectType type) {
        if (type != null) {
            return cell(() -> awards.require(code, type));
        }
        if (awards.find(code).isEmpty()) {
            errors.add(DomainException.invalid("award.unknown", code));
        }
        return null;
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

    /** The cell's text, or null after keeping "missing" for a cell the row needs. */
    private String required(NomineeColumn column) {
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            errors.add(DomainException.invalid("nominee-import.cell-required", column.header()));
            return null;
        }
        return text;
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
            throw DomainException.invalid("nominee-import.cell-required", NomineeColumn.GENDER.header());
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
            throw DomainException.invalid("nominee-import.cell-required", NomineeColumn.DATE_OF_BIRTH.header());
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
