package vn.tdkt.nomination.register.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Who an award of the register is about, with the keys it is found by: a person by national ID, or by folded name
 * (no case, no diacritics), birth date and unit; a collective by its unit code (and its name); a household by its
 * head's folded name and unit.
 *
 * @param nameKey {@code TextNormalizer.fold(name)}, stored so that search ignores case and diacritics on any MongoDB
 */
public record RegisterSubject(SubjectType type, String name, String nameKey, String nationalId, LocalDate birthDate,
        String unitCode, String address) {

    public RegisterSubject {
        if (type == null) {
            throw DomainException.invalid("register.subject-type-required");
        }
        name = TextNormalizer.clean(name);
        if (name == null || name.isEmpty()) {
            throw DomainException.invalid("register.subject-name-required");
        }
        nameKey = TextNormalizer.fold(name);
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        if (unitCode == null) {
            throw DomainException.invalid("register.subject-unit-required", name);
        }
        nationalId = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
        if (type == SubjectType.INDIVIDUAL) {
            if (nationalId != null && !nationalId.matches("\\d{12}")) {
                throw DomainException.invalid("dossier.national-id-invalid", nationalId);
            }
            if (nationalId == null && birthDate == null) {
                throw DomainException.invalid("register.person-unidentified", name);
            }
            address = null;
        } else {
            nationalId = null;
            birthDate = null;
            address = type == SubjectType.HOUSEHOLD ? TextNormalizer.clean(address) : null;
        }
    }

    public static RegisterSubject person(String name, String nationalId, LocalDate birthDate, String unitCode) {
        return new RegisterSubject(SubjectType.INDIVIDUAL, name, null, nationalId, birthDate, unitCode, null);
    }

    public static RegisterSubject collective(String name, String unitCode) {
        return new RegisterSubject(SubjectType.COLLECTIVE, name, null, null, null, unitCode, null);
    }

    public static RegisterSubject household(String headName, String unitCode, String address) {
        return new RegisterSubject(SubjectType.HOUSEHOLD, headName, null, null, null, unitCode, address);
    }

    /** How the fact registers name this subject; a household has no register of facts. */
    public Optional<SubjectRef> ref() {
        return switch (type) {
            case INDIVIDUAL -> Optional.of(SubjectRef.person(nationalId, name, birthDate, unitCode));
            case COLLECTIVE -> Optional.of(SubjectRef.collective(unitCode));
            case HOUSEHOLD -> Optional.empty();
        };
    }

    /**
     * A stable text key: the national ID when known, else folded name, birth date and unit (a person), the unit code
     * (a collective), folded name and unit (a household).
     */
    public String naturalKey() {
        return switch (type) {
            case INDIVIDUAL -> nationalId != null ? "P:" + nationalId : "N:" + nameKey + "|" + birthDate + "|" + unitCode;
            case COLLECTIVE -> "C:" + unitCode;
            case HOUSEHOLD -> "H:" + nameKey + "|" + unitCode;
        };
    }
}
