package vn.tdkt.notification.template.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a template version came from. */
@RequiredArgsConstructor
@Getter
public enum TemplateSource {
    SEED("Mẫu gốc phát hành kèm hệ thống"),
    EDIT("Quản trị viên chỉnh sửa");

    private final String label;
}
