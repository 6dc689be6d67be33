package vn.tdkt.notification.template.domain;

/** Where a template version came from. */
public enum TemplateSource {
    SEED("Mẫu gốc phát hành kèm hệ thống"),
    EDIT("Quản trị viên chỉnh sửa");

    private final String label;

    TemplateSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
