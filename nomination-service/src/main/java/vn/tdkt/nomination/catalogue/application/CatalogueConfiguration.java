package vn.tdkt.nomination.catalogue.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    AwardCatalogue awardCatalogue() {
        return AwardCatalogue.provincial();
    }
}
