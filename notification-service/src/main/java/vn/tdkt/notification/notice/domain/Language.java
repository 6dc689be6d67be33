package vn.tdkt.notification.notice.domain;

import java.util.Locale;

/** Languages of notices: Vietnamese by default, English available. */
public enum Language {
    VI("vi", "Tiếng Việt"),
    EN("en", "Tiếng Anh");

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    public String tag() {
        return tag;
    }

    public String label() {
        return label;
    }

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
