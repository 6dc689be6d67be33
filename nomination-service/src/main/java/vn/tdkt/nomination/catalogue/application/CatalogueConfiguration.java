package vn.tdkt.nomination.catalogue.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueConfiguration {

    /**
     * The catalogue in force when the service started, for code that has no decision date yet. Code that has one
     * asks {@link CatalogueService#inForceOn}, which also sees versions published later.
     */
    @Bean
    AwardCatalogue awardCatalogue(CatalogueService catalogues, Clock clock) {
        return catalogues.inForceOn(LocalDate.now(clock));
    }
}
