package vn.tdkt.nomination.council.domain;

import java.time.LocalDate;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Who a person is, for conflicts of interest: the national ID (CCCD) when known, else the folded name (no case, no
 * diacritics) and the date of birth. The same matching as the dossier feature's duplicates: two different national
 * IDs never match; without both IDs, name key and date of birth must both be known and equal.
 */
public record PersonKey(String nationalId, String nameKey, LocalDate birthDate) {

    public PersonKey {
        nationalId = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
        nameKey = nameKey == null || nameKey.isBlank() ? null : nameKey;
    }

    public static PersonKey of(String nationalId, String name, LocalDate birthDate) {
        return new PersonKey(nationalId, name == null ? null : TextNormalizer.fold(name), birthDate);
    }

    public boolean matches(PersonKey other) {
        if (other == null) {
            return false;
        }
        if (nationalId != null && other.nationalId != null) {
            return nationalId.equals(other.nationalId);
        }
        return nameKey != null && birthDate != null && nameKey.equals(other.nameKey)
                && birthDate.equals(other.birthDate);
    }
}
