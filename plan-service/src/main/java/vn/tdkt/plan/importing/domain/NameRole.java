package vn.tdkt.plan.importing.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a unit name appears in the imported plan. */
@RequiredArgsConstructor
@Getter
public enum NameRole {
    ISSUER("Cơ quan ban hành"),
    LEAD("Đơn vị chủ trì"),
    COORDINATOR("Đơn vị phối hợp"),
    RESPONSIBILITY("Đơn vị được giao nhiệm vụ (Tổ chức thực hiện)"),
    RECURRING("Đơn vị thực hiện nhiệm vụ định kỳ");

    private final String label;
}
