package vn.tdkt.nomination.sla.domain;

/**
 * The clocks' budgets in working days and how early the "due" notice goes out.
 *
 * @param appraisalDays R-SLA-03: appraise within this many working days of a complete dossier (default 20)
 * @param returnDays    R-SLA-01: return an incomplete dossier within this many working days of receipt (default 5)
 * @param dueSoonDays   the {@code dossier-sla-due} notice goes out when this many working days are left (default 3)
 */
public record SlaPolicy(int appraisalDays, int returnDays, int dueSoonDays) {

    public SlaPolicy {
        if (appraisalDays < 1 || returnDays < 1 || dueSoonDays < 0) {
            throw new IllegalArgumentException("SLA budgets must be positive and the notice lead not negative");
        }
    }

    public static SlaPolicy defaults() {
        return new SlaPolicy(20, 5, 3);
    }

    public int budget(ClockKind kind) {
        return kind == ClockKind.APPRAISAL ? appraisalDays : returnDays;
    }
}
