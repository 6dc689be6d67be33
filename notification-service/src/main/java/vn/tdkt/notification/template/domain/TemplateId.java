package vn.tdkt.notification.template.domain;

import java.util.Objects;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;

/** A template's id: its notice kind and language, written {@code TASK_DUE.vi}. */
public record TemplateId(NoticeKind kind, Language language) {

    public TemplateId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
    }

    public static TemplateId parse(String value) {
        int dot = value == null ? -1 : value.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        Language language = Language.parse(value.substring(dot + 1));
        NoticeKind kind;
        try {
            kind = NoticeKind.valueOf(value.substring(0, dot));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        return language == null ? null : new TemplateId(kind, language);
    }

    @Override
    public String toString() {
        return kind.name() + "." + language.tag();
    }
}
