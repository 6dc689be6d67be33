package vn.tdkt.nomination.catalogue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.nomination.catalogue.application.CatalogueVersionView;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;

/** A catalogue version without its awards. */
public record CatalogueVersionSummary(String id, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
        String source, String sourceLabel, String publishedBy, Instant publishedAt, String note, int awardCount,
        List<String> citations) {

    static CatalogueVersionSummary of(CatalogueVersionView view) {
        CatalogueVersion v = view.version();
        return new CatalogueVersionSummary(v.id(), v.number(), v.effectiveFrom(), view.effectiveTo(),
                v.source().name(), v.source().label(), v.publishedBy(), v.publishedAt(), v.note(), v.awards().size(),
                v.citations());
    }
}
