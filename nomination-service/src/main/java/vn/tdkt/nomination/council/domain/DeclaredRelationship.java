package vn.tdkt.nomination.council.domain;

import java.time.LocalDate;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A relationship a member declared (family, direct superior, …) with a dossier or a person, so that the member is
 * recused when that dossier or person comes before the council. Either {@code dossierId} or a person (name with
 * date of birth, or national ID) is named.
 *
 * @param nature in the member's words, e.g. "vợ", "cấp trên trực tiếp"
 */
public record DeclaredRelationship(String dossierId, String personName, String personNationalId,
        LocalDate personBirthDate, String nature) {

    public DeclaredRelationship {
        dossierId = blankToNull(dossierId);
        personName = personName == null || personName.isBlank() ? null : TextNormalizer.clean(personName);
        personNationalId = blankToNull(personNationalId);
        nature = nature == null || nature.isBlank() ? null : TextNormalizer.clean(nature);
        boolean person = personNationalId != null || (personName != null && personBirthDate != null);
        if (dossierId == null && !person) {
            throw DomainException.invalid("council.member.relationship-incomplete");
        }
        if (nature == null) {
            throw DomainException.invalid("council.member.relationship-nature-required");
        }
    }

    public PersonKey personKey() {
        return PersonKey.of(personNationalId, personName, personBirthDate);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
