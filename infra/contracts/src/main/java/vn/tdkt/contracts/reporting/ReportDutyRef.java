package vn.tdkt.contracts.reporting;

import jakarta.validation.constraints.NotBlank;

/**
 * Which report duty an event is about: the header every {@link ReportDutyEvent} carries. Events hold it as a
 * {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each event, exactly as the
 * {@code report-*.v1} schemas describe them; {@code @Valid} on that component keeps these constraints checked.
 *
 * @param dutyId       one unit's duty to submit one report for one period
 * @param obligationId the reporting obligation the duty comes from
 * @param title        the report's title
 * @param unitCode     the unit that owes the report
 * @param period       the reporting period, e.g. 2026-H1, 2026, 2026-Q3
 */
public record ReportDutyRef(
        @NotBlank String dutyId,
        @NotBlank String obligationId,
        @NotBlank String title,
        @NotBlank String unitCode,
        @NotBlank String period) {
}
