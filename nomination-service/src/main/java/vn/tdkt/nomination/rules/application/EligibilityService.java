package vn.tdkt.nomination.rules.application;

import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Judges a subject (and, for a real dossier, the dossier) against the rule set in force on the decision date.
 * Stateless: the what-if check and dossier appraisal call the same method.
 */
@Service
public class EligibilityService {

    /**
     * @param locale the language of the explanations (Vietnamese unless English is asked for)
     * @throws vn.tdkt.platform.domain.DomainException INVALID naming the field when the query is malformed: unknown
     *         award code, subject type not allowed for the award, missing decision date
     */
    public EligibilityReport check(EligibilityQuery query, Locale locale) {
        throw new UnsupportedOperationException("rule engine arrives in the next commit");
    }
}
