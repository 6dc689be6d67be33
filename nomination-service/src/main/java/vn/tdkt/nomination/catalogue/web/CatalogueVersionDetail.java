package vn.tdkt.nomination.catalogue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.nomination.catalogue.application.CatalogueVersionView;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;

/** A catalogue version with its awards. */
public record CatalogueVersionDetail(String id, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
        String source, String sourceLabel, String publishedBy, Instant publishedAt, String note,
        List<String> citations, List<AwardView> awards) {

    static CatalogueVersionDetail of(CatalogueVersionView view) {
        CatalogueVersion v = view.version();
        return new CatalogueVersionDetail(v.id(), v.number(), v.effectiveFrom(), view.effectiveTo(),
                v.source().name(), v.source().label(), v.publishedBy(), v.publishedAt(), v.note(), v.citations(),
                v.awards().stream().map(AwardView::of).toList());
    }
}
