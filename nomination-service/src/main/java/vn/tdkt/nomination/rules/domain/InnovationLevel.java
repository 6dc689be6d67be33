package vn.tdkt.nomination.rules.domain;

import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * The scope at which a sáng kiến or S&T work was recognised (Luật Điều 3 k4; DOMAIN §2.1). Higher rank =
 * wider scope.
 */
public enum InnovationLevel implements Labelled {
    CO_SO("Cấp cơ sở", "Grassroots level", 1),
    TINH("Cấp tỉnh", "Provincial level", 2),
    TOAN_QUOC("Toàn quốc", "National level", 3);

    private final Labels labels;
    private final int rank;

    InnovationLevel(String label, String labelEn, int rank) {
        this.labels = new Labels(label, labelEn);
        this.rank = rank;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public int rank() {
        return rank;
    }
}
