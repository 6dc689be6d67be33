package vn.tdkt.nomination.facts.ratings.domain;

import java.util.List;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * The columns of a ratings file. Headers are recognised ignoring case, diacritics and spacing, in Vietnamese or as
 * the English field name; the order is free.
 */
@RequiredArgsConstructor
public enum RatingColumn {
    NATIONAL_ID("Số định danh cá nhân", List.of("so dinh danh ca nhan", "so dinh danh", "cccd", "so cccd",
            "nationalid", "national id")),
    FULL_NAME("Họ và tên", List.of("ho va ten", "ho ten", "fullname", "full name", "name")),
    BIRTH_DATE("Ngày sinh", List.of("ngay sinh", "ngay thang nam sinh", "birthdate", "birth date")),
    UNIT_CODE("Mã đơn vị", List.of("ma don vi", "don vi", "unitcode", "unit code", "unit")),
    YEAR("Năm", List.of("nam", "nam danh gia", "year")),
    GRADE("Xếp loại", List.of("xep loai", "ket qua xep loai", "muc do hoan thanh nhiem vu", "grade"));

    /** The header the template uses. */
    @Getter
    private final String header;
    private final List<String> aliases;

    public static Optional<RatingColumn> recognise(String header) {
        String key = TextNormalizer.fold(header == null ? "" : header).replace('_', ' ').strip();
        for (RatingColumn column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
