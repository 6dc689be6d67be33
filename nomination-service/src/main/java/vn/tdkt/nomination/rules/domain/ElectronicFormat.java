package vn.tdkt.nomination.rules.domain;

/**
 * Electronic copies a state-level dossier carries (R-DOS-02: Word and PDF).
 */
public enum ElectronicFormat {
    DOCX("Word (.docx)", "Word (.docx)"),
    PDF("PDF", "PDF");

    private final String label;
    private final String labelEn;

    ElectronicFormat(String label, String labelEn) {
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
