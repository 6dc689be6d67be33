package vn.tdkt.nomination.nomineeimport.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * PREVIEWED: read and checked, nothing created. CONFIRMING: the dossiers are being written, hidden from everyone.
 * CONFIRMED: one write flipped the import, and every dossier of it became visible at once.
 */
@RequiredArgsConstructor
@Getter
public enum ImportStatus {
    PREVIEWED("Đã kiểm tra, chờ xác nhận"),
    CONFIRMING("Đang tạo hồ sơ"),
    CONFIRMED("Đã tạo hồ sơ");

    private final String label;
}
