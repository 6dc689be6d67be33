package vn.tdkt.nomination.facts.domain;

import java.time.LocalDate;
import java.util.Objects;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * How a register stores who a fact is about: the identifying fields of a {@link SubjectRef} plus the folded name, so
 * that matching by name ignores case and diacritics without a database collation.
 *
 * @param kind    PERSON or COLLECTIVE
 * @param nameKey {@code TextNormalizer.fold(fullName)} for a person
 */
public record SubjectKey(Kind kind, String nationalId, String fullName, String nameKey, LocalDate birthDate,
        String unitCode) {

    /** A person or a collective. */
    @RequiredArgsConstructor
    public enum Kind {
        PERSON("Cá nhân"),
        COLLECTIVE("Tập thể");

        @Getter
        private final String label;
    }

    public SubjectKey {
        Objects.requireNonNull(kind, "kind");
    }

    public static SubjectKey of(SubjectRef ref) {
        if (ref instanceof SubjectRef.Person p) {
            return new SubjectKey(Kind.PERSON, p.nationalId(), p.fullName(), p.nameKey(), p.birthDate(), p.unitCode());
        }
        return new SubjectKey(Kind.COLLECTIVE, null, null, null, null, ref.unitCode());
    }

    public SubjectRef ref() {
        return kind == Kind.COLLECTIVE ? SubjectRef.collective(unitCode)
                : SubjectRef.person(nationalId, fullName, birthDate, unitCode);
    }

    /**
     * A stable text key of the subject: the national ID when known, else folded name, birth date and unit; for a
     * collective its unit code.
     */
    public String naturalKey() {
        if (kind == Kind.COLLECTIVE) {
            return "C:" + unitCode;
        }
        return nationalId != null ? "P:" + nationalId : "N:" + nameKey + "|" + birthDate + "|" + unitCode;
    }
}
