package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a rule of a rule set acts. */
@RequiredArgsConstructor
@Getter
public enum RuleKind {
    /** A CEL condition on the facts: passes or fails, with an explanation when it fails. */
    CHECK("Điều kiện"),
    /** A named step that shapes the facts the checks read (e.g. R-GEN-04); may also carry a condition. */
    PREPARATION("Cách tính dữ kiện"),
    /** A principle checked on the rule data when the rule set loads (R-GEN-03); never evaluated per subject. */
    PRINCIPLE("Nguyên tắc"),
    /** A ranking tie-break (R-GEN-08), applied when candidates are otherwise equal. */
    COMPARATOR("Thứ tự ưu tiên");

    private final String label;
}
