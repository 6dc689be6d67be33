package vn.tdkt.nomination.facts.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Who a fact is about. A person is matched by national ID, or by name (ignoring case and diacritics), date of
 * birth and unit; a collective by its unit code. Two records that both carry a national ID match only when the IDs
 * are equal.
 */
public sealed interface SubjectRef {

    /** The unit the person works in, or the collective itself. */
    String unitCode();

    static Person person(String nationalId, String fullName, LocalDate birthDate, String unitCode) {
        return new Person(nationalId, fullName, birthDate, unitCode);
    }

    static Collective collective(String unitCode) {
        return new Collective(unitCode);
    }

    /**
     * A person; either {@code nationalId} or all of name, birth date and unit identify them.
     *
     * @param nationalId the 12-digit số định danh cá nhân (CCCD), or {@code null}
     */
    record Person(String nationalId, String fullName, LocalDate birthDate, String unitCode) implements SubjectRef {

        public Person {
            nationalId = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
            fullName = TextNormalizer.clean(fullName);
            unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
            if (nationalId == null && (fullName == null || fullName.isEmpty() || birthDate == null
                    || unitCode == null)) {
                throw new IllegalArgumentException(
                        "a person needs a national ID, or a full name, a birth date and a unit");
            }
        }

        /** The folded name ("Nguyễn Thị Hồng" → "nguyen thi hong"), or {@code null}. */
        public String nameKey() {
            return fullName == null ? null : TextNormalizer.fold(fullName);
        }

        /** Whether name, birth date and unit are all known, so the person can be matched without an ID. */
        public boolean hasNameKey() {
            return fullName != null && !fullName.isEmpty() && birthDate != null && unitCode != null;
        }
    }

    /** A collective: a unit or sub-unit of the registry, by code. */
    record Collective(String unitCode) implements SubjectRef {

        public Collective {
            Objects.requireNonNull(unitCode, "unitCode");
            unitCode = unitCode.strip();
        }
    }
}
