package vn.tdkt.plantext;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Phases of {@link PlanDocumentParser#parse}, in order, reported to an {@link ImportProgressListener}. */
@RequiredArgsConstructor
@Getter
public enum ImportPhase {
    NORMALISING("Đọc tệp, chuẩn hoá văn bản"),
    HEADER("Đọc phần đầu văn bản"),
    LEGAL_BASES("Đọc căn cứ"),
    SECTIONS("Đọc các phần, mục"),
    RESPONSIBILITIES("Trích trách nhiệm của đơn vị"),
    RECURRING_DUTIES("Tìm nhiệm vụ định kỳ"),
    SIGNATURE("Đọc nơi nhận, người ký"),
    APPENDIX("Đọc phụ lục nhiệm vụ"),
    DONE("Hoàn tất");

    private final String label;
}
