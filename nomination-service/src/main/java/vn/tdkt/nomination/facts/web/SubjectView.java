package vn.tdkt.nomination.facts.web;

import java.time.LocalDate;
import vn.tdkt.nomination.facts.domain.SubjectKey;

/** Who a register entry is about, as the API shows it. */
public record SubjectView(String kind, String kindLabel, String nationalId, String fullName, LocalDate birthDate,
        String unitCode) {

    public static SubjectView of(SubjectKey key) {
        return new SubjectView(key.kind().name(), key.kind().label(), key.nationalId(), key.fullName(),
                key.birthDate(), key.unitCode());
    }
}
