package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Electronic copies a state-level dossier carries (R-DOS-02: Word and PDF).
 */
@RequiredArgsConstructor
@Getter
public enum ElectronicFormat implements Labelled {
    DOCX("Word (.docx)", "Word (.docx)"),
    PDF("PDF", "PDF");

    private final String label;
    private final String labelEn;
}
