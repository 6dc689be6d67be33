package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The scope at which a sáng kiến or S&T work was recognised (Luật Điều 3 k4; DOMAIN §2.1). Higher rank =
 * wider scope.
 */
@RequiredArgsConstructor
@Getter
public enum InnovationLevel implements Labelled {
    CO_SO("Cấp cơ sở", "Grassroots level", 1),
    TINH("Cấp tỉnh", "Provincial level", 2),
    TOAN_QUOC("Toàn quốc", "National level", 3);

    private final String label;
    private final String labelEn;
    private final int rank;
}
