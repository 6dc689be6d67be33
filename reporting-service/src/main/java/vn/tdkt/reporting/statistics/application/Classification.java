package vn.tdkt.reporting.statistics.application;

import java.util.Map;

/** The shape of {@code statistics/classification.yml}: how awards and movements fall into the forms. */
record Classification(Map<String, AwardClass> awards, String awardProposer, String householdColumn,
        String enterpriseKind, MovementRules movements) {

    record AwardClass(String level, String group) {
    }

    record MovementRules(String level, String scope, Map<String, String> methods, int oneYearFromMonths,
            int oneYearToMonths) {
    }
}
