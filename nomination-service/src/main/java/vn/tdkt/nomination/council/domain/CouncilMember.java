package vn.tdkt.nomination.council.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A member of a council. {@code memberId} is the subject ({@code sub}) of the member's sign-in token: the voting page
 * and the ballot know the member by it. The person key (national ID, or name and date of birth) and the unit detect
 * conflicts of interest; declared relationships add the member's own declarations.
 */
public record CouncilMember(String memberId, String name, MemberRole role, String unitCode, String email,
        String nationalId, LocalDate birthDate, List<DeclaredRelationship> relationships, Term term) {

    public CouncilMember {
        if (memberId == null || memberId.isBlank()) {
            throw DomainException.invalid("council.member.id-required");
        }
        memberId = memberId.strip();
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("council.member.name-required", memberId);
        }
        name = TextNormalizer.clean(name);
        if (role == null) {
            throw DomainException.invalid("council.member.role-required", memberId);
        }
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.invalid("council.member.email-invalid", email);
        }
        nationalId = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
        if (nationalId != null && !nationalId.matches("\\d{12}")) {
            throw DomainException.invalid("council.member.national-id-invalid", nationalId);
        }
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        if (term == null) {
            throw DomainException.invalid("council.member.term-required");
        }
    }

    public PersonKey personKey() {
        return PersonKey.of(nationalId, name, birthDate);
    }

    public boolean inOfficeOn(LocalDate day) {
        return term.covers(day);
    }
}
