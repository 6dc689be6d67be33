package vn.tdkt.nomination.catalogue.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The type of a commendation (loại hình khen thưởng, Luật Điều 8): of a prior award, and of a proposal.
 */
@RequiredArgsConstructor
@Getter
public enum CommendationType implements Labelled {
    PERIODIC("Khen thưởng công trạng (thường xuyên)", "Merit (periodic) commendation"),
    THEMATIC("Khen thưởng chuyên đề (phong trào thi đua)", "Thematic commendation"),
    AD_HOC("Khen thưởng đột xuất", "Ad-hoc commendation"),
    CONTRIBUTION("Khen thưởng quá trình cống hiến", "Lifetime-contribution commendation");

    private final String label;
    private final String labelEn;
}
