package vn.tdkt.plan.importing.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Lifecycle of an import preview: PREVIEW → CONFIRMED (a draft plan exists) or DISCARDED. */
@RequiredArgsConstructor
public enum ImportStatus {
    PREVIEW("Bản xem trước"),
    CONFIRMED("Đã xác nhận, đã tạo dự thảo kế hoạch"),
    DISCARDED("Đã hủy");

    @Getter
    private final String label;
}
