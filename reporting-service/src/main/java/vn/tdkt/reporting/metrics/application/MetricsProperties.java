package vn.tdkt.reporting.metrics.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.reporting.metrics.*}: the late-risk levels, on the smoothed share of late deadlines
 * ({@link vn.tdkt.reporting.metrics.domain.LateRisk}).
 *
 * @param mediumRiskFrom score from which a unit's risk is medium
 * @param highRiskFrom   score from which it is high
 */
@ConfigurationProperties("tdkt.reporting.metrics")
public record MetricsProperties(Double mediumRiskFrom, Double highRiskFrom) {

    public MetricsProperties {
        mediumRiskFrom = mediumRiskFrom == null ? 0.25 : mediumRiskFrom;
        highRiskFrom = highRiskFrom == null ? 0.5 : highRiskFrom;
    }
}
