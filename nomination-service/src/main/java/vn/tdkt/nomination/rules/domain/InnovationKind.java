package vn.tdkt.nomination.rules.domain;

/**
 * What was recognised: a sáng kiến (Luật Điều 3 k4) or an accepted scientific topic, scheme or S&T work.
 */
public enum InnovationKind {
    SANG_KIEN("Sáng kiến", "Innovation (sáng kiến)"),
    DE_TAI_KHCN("Đề tài, đề án, công trình khoa học", "Scientific topic or S&T work");

    private final String label;
    private final String labelEn;

    InnovationKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** English label, for explanations asked for in English. */
    public String labelEn() {
        return labelEn;
    }
}
