package vn.tdkt.nomination.catalogue.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Who decides the award after 01/7/2025 (DOMAIN §2.4). */
@RequiredArgsConstructor
@Getter
public enum DecisionLevel {
    /** Head of a provincial agency or department, or Chủ tịch UBND cấp xã (Luật Điều 80; NĐ 129/2025 Điều 59). */
    UNIT("Thủ trưởng cơ quan, đơn vị hoặc Chủ tịch UBND cấp xã"),
    /** Chủ tịch UBND tỉnh, after appraisal by the Sở Nội vụ. */
    PROVINCE("Chủ tịch UBND tỉnh"),
    /** The province proposes; the Prime Minister or the State President decides (state-level forms). */
    FORWARDED("Tỉnh đề nghị, Thủ tướng Chính phủ hoặc Chủ tịch nước quyết định");

    private final String label;
}
