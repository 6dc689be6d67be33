package vn.tdkt.nomination.rules.domain;

import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Electronic copies a state-level dossier carries (R-DOS-02: Word and PDF).
 */
public enum ElectronicFormat implements Labelled {
    DOCX("Word (.docx)", "Word (.docx)"),
    PDF("PDF", "PDF");

    private final Labels labels;

    ElectronicFormat(String label, String labelEn) {
        this.labels = new Labels(label, labelEn);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
