package vn.tdkt.notification.template.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a template version came from. */
@RequiredArgsConstructor
public enum TemplateSource {
    SEED("Mẫu gốc phát hành kèm hệ thống"),
    EDIT("Quản trị viên chỉnh sửa");

    @Getter
    private final String label;
}
