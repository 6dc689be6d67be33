package vn.tdkt.nomination.decision.application;

import java.util.List;

/**
 * A decision the law does not allow yet, with every reason by dossier: a wrong deciding authority (R-AUTH-*), a
 * council vote or public notice still missing (R-VOTE-01/02, R-PUB-01), a hold (R-GEN-05). Answered as a 409 problem
 * listing the reasons; nothing is written.
 *
 * @param code {@code decision.authority-refused}, {@code decision.gates-closed} or {@code decision.blocked}
 */
public class DecisionRefused extends RuntimeException {

    /** One reason: the dossier, the rule or gate, and the explanation in the caller's language. */
    public record Reason(String dossierId, String subjectName, String rule, String explanation) {
    }

    private final String code;
    private final List<Reason> reasons;

    public DecisionRefused(String code, List<Reason> reasons) {
        super(code + " " + reasons);
        this.code = code;
        this.reasons = List.copyOf(reasons);
    }

    public String code() {
        return code;
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
