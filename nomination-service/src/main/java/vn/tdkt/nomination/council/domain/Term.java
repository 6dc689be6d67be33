package vn.tdkt.nomination.council.domain;

import java.time.LocalDate;
import vn.tdkt.platform.domain.DomainException;

/**
 * A member's term of office on the council, both days included; an open end ({@code to} null) lasts until changed.
 */
public record Term(LocalDate from, LocalDate to) {

    public Term {
        if (from == null) {
            throw DomainException.invalid("council.member.term-required");
        }
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("council.member.term-invalid", from, to);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
