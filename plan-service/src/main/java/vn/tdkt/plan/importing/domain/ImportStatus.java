package vn.tdkt.plan.importing.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Lifecycle of an import preview: PREVIEW → CONFIRMED (a draft plan exists) or DISCARDED. */
@RequiredArgsConstructor
@Getter
public enum ImportStatus {
    PREVIEW("Bản xem trước"),
    CONFIRMED("Đã xác nhận, đã tạo dự thảo kế hoạch"),
    DISCARDED("Đã hủy");

    private final String label;
}
