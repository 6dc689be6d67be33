package vn.tdkt.nomination.register.domain;

import java.util.List;
import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * The columns of a historical-decisions file (template {@code GET /api/v1/award-register/imports/template}). Headers
 * are recognised ignoring case, diacritics, spacing and a trailing "(*)", in Vietnamese or as the English field name;
 * the order is free.
 */
@RequiredArgsConstructor
public enum RegisterColumn {
    SUBJECT_TYPE("Đối tượng (*)", true, List.of("doi tuong", "loai doi tuong", "subject type", "subjecttype")),
    NAME("Họ và tên, tên tập thể hoặc chủ hộ (*)", true, List.of("ho va ten, ten tap the hoac chu ho", "ho va ten",
            "ho ten", "ten", "name")),
    NATIONAL_ID("Số định danh cá nhân", false, List.of("so dinh danh ca nhan", "so dinh danh", "cccd",
            "national id", "nationalid")),
    BIRTH_DATE("Ngày sinh", false, List.of("ngay sinh", "birth date", "birthdate")),
    UNIT_CODE("Mã đơn vị (*)", true, List.of("ma don vi", "don vi", "unit code", "unitcode", "unit")),
    ADDRESS("Địa chỉ (hộ gia đình)", false, List.of("dia chi (ho gia dinh)", "dia chi", "address")),
    AWARD("Hình thức khen thưởng (*)", true, List.of("hinh thuc khen thuong", "danh hieu, hinh thuc",
            "ma hinh thuc", "award", "award code", "awardcode")),
    YEAR("Năm (*)", true, List.of("nam", "nam thanh tich", "year")),
    TYPE("Loại hình khen thưởng", false, List.of("loai hinh khen thuong", "loai hinh", "type")),
    DECISION_NUMBER("Số quyết định (*)", true, List.of("so quyet dinh", "so, ky hieu quyet dinh", "decision number")),
    DECISION_DATE("Ngày quyết định (*)", true, List.of("ngay quyet dinh", "ngay ky", "decision date")),
    AUTHORITY("Thẩm quyền quyết định (*)", true, List.of("tham quyen quyet dinh", "cap quyet dinh",
            "nguoi co tham quyen", "authority")),
    SIGNER("Người ký", false, List.of("nguoi ky", "signer")),
    PROVENANCE("Nguồn", false, List.of("nguon", "nguon du lieu", "ghi chu", "provenance"));

    /** The header the template uses. */
    @Getter
    private final String header;
    @Getter
    private final boolean required;
    private final List<String> aliases;

    public static Optional<RegisterColumn> recognise(String header) {
        String key = TextNormalizer.fold(header == null ? "" : header).replace("(*)", "").replace('_', ' ').strip();
        for (RegisterColumn column : values()) {
            if (column.aliases.contains(key) || TextNormalizer.fold(column.header).replace("(*)", "").strip()
                    .equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
