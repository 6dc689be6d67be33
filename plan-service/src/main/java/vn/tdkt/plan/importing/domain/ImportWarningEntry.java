package vn.tdkt.plan.importing.domain;

/**
 * A warning shown with the preview: the parser's (code = its warning code) or the importer's own
 * (UNIT_UNRESOLVED, UNIT_AMBIGUOUS, ISSUER_UNRESOLVED, RECURRING_DUTY_WITHOUT_UNIT).
 *
 * @param lineNumber 1-based line in the input, 0 for the document as a whole
 */
public record ImportWarningEntry(String code, String message, int lineNumber) {
}
