package vn.tdkt.notification.notice.domain;

import java.util.Locale;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Languages of notices: Vietnamese by default, English available. */
@RequiredArgsConstructor
@Getter
public enum Language {
    VI("vi", "Tiếng Việt"),
    EN("en", "Tiếng Anh");

    private final String tag;
    private final String label;

    /** "vi", "en", "EN", "en-US" …; anything else is null. */
    public static Language parse(String value) {
        if (value == null) {
            return null;
        }
        String tag = value.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (tag.equals(language.tag) || tag.startsWith(language.tag + "-") || tag.equals(language.name()
                    .toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        return null;
    }
}
