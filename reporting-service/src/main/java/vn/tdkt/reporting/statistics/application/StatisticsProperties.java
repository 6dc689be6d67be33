package vn.tdkt.reporting.statistics.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.reporting.statistics.*}: who sends the statistical forms and for whom.
 *
 * @param reportingUnit the unit that sends the forms (its yearly duty, due 15/12)
 * @param provinceUnit  the unit the forms report for
 */
@ConfigurationProperties("tdkt.reporting.statistics")
public record StatisticsProperties(String reportingUnit, String provinceUnit) {

    public StatisticsProperties {
        reportingUnit = reportingUnit == null ? "SNV" : reportingUnit;
        provinceUnit = provinceUnit == null ? "UBND" : provinceUnit;
    }
}
