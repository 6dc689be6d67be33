package vn.tdkt.nomination.facts.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.platform.domain.DomainException;

/**
 * A subject named by request parameters or a request body: a national ID, or a name with a birth date and a unit,
 * or (for a collective) a unit code. The registers' endpoints share it.
 */
public final class SubjectParams {

    private SubjectParams() {
    }

    /** A person to filter by, or {@code null} when the parameters name none. */
    public static SubjectRef person(String nationalId, String name, LocalDate birthDate, String unit) {
        boolean byId = nationalId != null && !nationalId.isBlank();
        boolean byName = name != null && !name.isBlank();
        if (!byId && !byName) {
            return null;
        }
        try {
            return SubjectRef.person(nationalId, name, birthDate, unit);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("subject.person-incomplete");
        }
    }

    /** The subject of a request body. */
    public static SubjectRef of(SubjectRequest subject) {
        if (subject == null) {
            throw DomainException.invalid("subject.required");
        }
        if (Boolean.TRUE.equals(subject.collective())) {
            if (subject.unitCode() == null || subject.unitCode().isBlank()) {
                throw DomainException.invalid("subject.unit-required");
            }
            return SubjectRef.collective(subject.unitCode());
        }
        try {
            return SubjectRef.person(subject.nationalId(), subject.fullName(), subject.birthDate(),
                    subject.unitCode());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("subject.person-incomplete");
        }
    }

    /**
     * Who a fact is about: a person by national ID, or by full name with date of birth and unit; or a unit's
     * collective.
     *
     * @param nationalId a person's 12-digit national ID
     * @param fullName   a person's full name
     * @param birthDate  a person's date of birth
     * @param unitCode   the person's unit, or the collective's
     * @param collective {@code true}: the collective of {@code unitCode}; otherwise a person
     */
    public record SubjectRequest(@Schema(example = "014185000123") String nationalId,
            @Schema(example = "Nguyễn Thị Hoa") String fullName,
            @Schema(example = "1985-03-02") LocalDate birthDate,
            @Schema(example = "SGDDT") String unitCode,
            Boolean collective) {
    }
}
