package vn.tdkt.nomination.dossier.domain;

import java.time.LocalDate;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Who is proposed. A person: full name, date of birth, gender, position, unit and, optionally, the national ID
 * (CCCD). A collective: name, unit and member counts. A household: the head's name and the address.
 *
 * <p>{@code nameKey} is the folded name (no case, no diacritics), stored so that person matching (holds,
 * duplicates) works on any MongoDB without collations: national ID when known, else name key + date of birth +
 * unit.
 *
 * @param unitCode the unit the subject belongs to (the person's unit, the collective itself if it is a registered
 *                 unit, or the proposing unit)
 */
public record Subject(SubjectType type, String name, String nameKey, String unitCode, LocalDate dateOfBirth,
        Gender gender, String position, String nationalId, MemberCounts members, String address) {

    public Subject {
        if (type == null) {
            throw DomainException.invalid("dossier.subject-type-required");
        }
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("dossier.subject-name-required");
        }
        name = TextNormalizer.clean(name);
        nameKey = TextNormalizer.fold(name);
        nationalId = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
        if (type == SubjectType.INDIVIDUAL) {
            if (dateOfBirth == null || gender == null || position == null || position.isBlank()) {
                throw DomainException.invalid("dossier.person-incomplete");
            }
            nationalId = nationalId(nationalId);
            members = null;
            address = null;
        } else if (type == SubjectType.COLLECTIVE) {
            if (members == null) {
                throw DomainException.invalid("dossier.members-required");
            }
            dateOfBirth = null;
            gender = null;
            nationalId = null;
            address = null;
        } else {
            if (address == null || address.isBlank()) {
                throw DomainException.invalid("dossier.household-address-required");
            }
            members = null;
            nationalId = null;
        }
    }

    /**
     * A personal identification number (số định danh cá nhân, the 12 digits of a CCCD), stripped; null when blank.
     *
     * @throws DomainException INVALID {@code dossier.national-id-invalid} for anything but 12 digits
     */
    public static String nationalId(String text) {
        String id = text == null || text.isBlank() ? null : text.strip();
        if (id != null && !id.matches("\\d{12}")) {
            throw DomainException.invalid("dossier.national-id-invalid", id);
        }
        return id;
    }

    public static Subject person(String fullName, LocalDate dateOfBirth, Gender gender, String position,
            String unitCode, String nationalId) {
        return new Subject(SubjectType.INDIVIDUAL, fullName, null, unitCode, dateOfBirth, gender, position,
                nationalId, null, null);
    }

    public static Subject collective(String name, String unitCode, MemberCounts members) {
        return new Subject(SubjectType.COLLECTIVE, name, null, unitCode, null, null, null, null, members, null);
    }

    public static Subject household(String headName, String unitCode, String address) {
        return new Subject(SubjectType.HOUSEHOLD, headName, null, unitCode, null, null, null, null, null, address);
    }

    /** The same subject in another unit (the proposing unit when none was named). */
    Subject inUnit(String unit) {
        return new Subject(type, name, nameKey, unit, dateOfBirth, gender, position, nationalId, members, address);
    }
}
