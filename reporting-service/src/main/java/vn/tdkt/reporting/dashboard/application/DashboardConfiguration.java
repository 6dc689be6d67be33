package vn.tdkt.reporting.dashboard.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.reporting.dashboard.domain.SummaryCalculator;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    /** The summary's arithmetic (Spring-free), with the list length of {@code tdkt.reporting.dashboard.list-limit}. */
    @Bean
    SummaryCalculator summaryCalculator(DashboardProperties properties) {
        return new SummaryCalculator(properties.listLimit());
    }
}
