package vn.tdkt.plan.importing.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Whether a unit name written in the plan was found in the unit registry. */
@RequiredArgsConstructor
@Getter
public enum ResolutionStatus {
    RESOLVED("Đã xác định đơn vị"),
    UNRESOLVED("Chưa có trong danh mục đơn vị"),
    AMBIGUOUS("Khớp nhiều đơn vị, cần chọn");

    private final String label;
}
