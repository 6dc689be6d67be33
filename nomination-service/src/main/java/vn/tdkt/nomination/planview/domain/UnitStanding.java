package vn.tdkt.nomination.planview.domain;

import java.time.LocalDate;

/**
 * A unit as plan-service's registry last described it. A unit dissolved in the 2025 reorganisation cannot be
 * nominated (R-GEN-10, TT 15/2025/TT-BNV): a former district (kind DISTRICT, history only) or any unit whose active
 * period ended before the day in question.
 */
public record UnitStanding(String code, String name, String kind, String parentCode, LocalDate activeTo,
        String successorCode) {

    public static final String DISTRICT = "DISTRICT";

    public boolean dissolvedOn(LocalDate day) {
        return DISTRICT.equals(kind) || (activeTo != null && activeTo.isBefore(day));
    }
}
