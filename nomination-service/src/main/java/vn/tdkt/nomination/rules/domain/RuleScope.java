package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a rule judges: the subject alone (what-if check and dossiers) or a real dossier. */
@RequiredArgsConstructor
@Getter
public enum RuleScope {
    SUBJECT("Đối tượng"),
    DOSSIER("Hồ sơ");

    private final String label;
}
