package vn.tdkt.nomination.catalogue.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tdkt.catalogue.*}.
 *
 * @param refresh how long a service instance keeps the catalogue timeline before reading the published versions
 *                again (default 30 s). Another instance's new version is seen within this time; a new version never
 *                takes effect before tomorrow, so no decision of today is judged by a stale timeline.
 */
@ConfigurationProperties("tdkt.catalogue")
public record CatalogueProperties(Duration refresh) {

    public CatalogueProperties {
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
    }
}
