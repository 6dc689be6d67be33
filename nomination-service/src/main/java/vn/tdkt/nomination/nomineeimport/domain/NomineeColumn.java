package vn.tdkt.nomination.nomineeimport.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * The columns of the nominee list template, in order, with their Vietnamese headers. A unit fills one row per
 * nominee; the import reads cells by position and checks the header row matches.
 */
@RequiredArgsConstructor
@Getter
public enum NomineeColumn {
    NAME("Họ và tên / Tên tập thể (*)"),
    SUBJECT_TYPE("Đối tượng (*) (Cá nhân / Tập thể / Hộ gia đình)"),
    DATE_OF_BIRTH("Ngày sinh (dd/mm/yyyy)"),
    GENDER("Giới tính (Nam / Nữ)"),
    POSITION("Chức vụ, chức danh"),
    NATIONAL_ID("Số định danh cá nhân (CCCD)"),
    SUBJECT_UNIT("Mã đơn vị công tác"),
    AWARD_CODE("Mã hình thức khen thưởng (*)"),
    YEAR("Năm (*)"),
    ACHIEVEMENT("Tóm tắt thành tích (*)"),
    ACHIEVEMENT_ID("Số hiệu thành tích (quyết định công nhận, ...)"),
    INNOVATIONS("Mã sáng kiến (cách nhau bởi dấu phẩy)"),
    MEMBERS("Tổng số thành viên (tập thể)"),
    WOMEN("Số thành viên nữ"),
    MEMBERS_LDTT("Số thành viên đạt LĐTT"),
    MEMBERS_CSTDCS("Số thành viên đạt CSTĐCS"),
    LOWEST_GRADE("Xếp loại thấp nhất của thành viên (HTXSNV / HTTNV / HTNV / KHTNV)"),
    MEMBERS_DISCIPLINED("Số thành viên bị kỷ luật từ cảnh cáo trở lên"),
    ADDRESS("Địa chỉ (hộ gia đình)");

    private final String header;
}
