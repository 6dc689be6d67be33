package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * Who decides (thẩm quyền quyết định) an award (Luật Điều 80; NĐ 129/2025 Điều 59; DOMAIN §2.4).
 */
@RequiredArgsConstructor
@Getter
public enum AuthorityLevel implements Labelled {
    PROVINCE_CHAIRMAN("Chủ tịch UBND tỉnh", "Chair of the provincial People's Committee"),
    DEPARTMENT_HEAD("Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc tỉnh", "Head of a provincial agency with legal personality"),
    COMMUNE_CHAIRMAN("Chủ tịch UBND xã, phường, đặc khu", "Chair of a commune, ward or special-zone People's Committee"),
    DISTRICT_CHAIRMAN("Chủ tịch UBND cấp huyện (đến 30/6/2025)", "Chair of a district People's Committee (until 30/6/2025)"),
    ENTERPRISE_DIRECTOR("Giám đốc, Tổng giám đốc doanh nghiệp, hợp tác xã", "Director of an enterprise or cooperative"),
    BOARD_CHAIR("Chủ tịch Hội đồng quản trị, Hội đồng thành viên", "Chair of a board of directors or members"),
    PRIME_MINISTER("Thủ tướng Chính phủ", "Prime Minister"),
    PRESIDENT("Chủ tịch nước", "State President");

    private final String label;
    private final String labelEn;
}
