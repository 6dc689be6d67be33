package vn.tdkt.nomination.sla.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.nomination.sla.domain.SlaPolicy;

/**
 * {@code tdkt.nomination.sla.*}: the dossier clocks' budgets and the scan.
 *
 * @param appraisalWorkingDays R-SLA-03: appraise within this many working days of a complete dossier (default 20)
 * @param returnWorkingDays    R-SLA-01: return an incomplete dossier within this many working days (default 5)
 * @param dueSoonWorkingDays   {@code dossier-sla-due} goes out with this many working days left (default 3)
 * @param scanInterval         delay between SLA scans (default 5 minutes)
 * @param scanMarginDays       calendar days the scan looks ahead of each dossier's precomputed next check, so a
 *                             calendar override that brings a deadline forward is still caught (default 14)
 * @param calendarRefresh      how often every instance re-reads the stored calendar overrides (default 1 minute)
 * @param scheduled            false turns the scheduled scan off (tests drive the scanner)
 */
@ConfigurationProperties("tdkt.nomination.sla")
public record SlaProperties(Integer appraisalWorkingDays, Integer returnWorkingDays, Integer dueSoonWorkingDays,
        Duration scanInterval, Integer scanMarginDays, Duration calendarRefresh, Boolean scheduled) {

    public SlaProperties {
        appraisalWorkingDays = appraisalWorkingDays == null ? 20 : appraisalWorkingDays;
        returnWorkingDays = returnWorkingDays == null ? 5 : returnWorkingDays;
        dueSoonWorkingDays = dueSoonWorkingDays == null ? 3 : dueSoonWorkingDays;
        scanInterval = scanInterval == null ? Duration.ofMinutes(5) : scanInterval;
        scanMarginDays = scanMarginDays == null ? 14 : scanMarginDays;
        calendarRefresh = calendarRefresh == null ? Duration.ofMinutes(1) : calendarRefresh;
        scheduled = scheduled == null || scheduled;
    }

    public SlaPolicy policy() {
        return new SlaPolicy(appraisalWorkingDays, returnWorkingDays, dueSoonWorkingDays);
    }
}
