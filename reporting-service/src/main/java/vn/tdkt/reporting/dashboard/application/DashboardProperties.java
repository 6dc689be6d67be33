package vn.tdkt.reporting.dashboard.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.reporting.dashboard.*}.
 *
 * @param listLimit      how many items the summary's lists show at most
 * @param deliveryWindow how far back delivery health counts the notices
 */
@ConfigurationProperties("tdkt.reporting.dashboard")
public record DashboardProperties(Integer listLimit, Duration deliveryWindow) {

    public DashboardProperties {
        listLimit = listLimit == null ? 20 : listLimit;
        deliveryWindow = deliveryWindow == null ? Duration.ofDays(7) : deliveryWindow;
    }
}
