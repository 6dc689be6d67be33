package vn.tdkt.notification.notice.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One notice for one recipient, composed from an event and not yet rendered: the template of its kind renders
 * {@link #model()} in the recipient's language.
 *
 * @param model the template's values, language-neutral (names, dates as dd/MM/yyyy, numbers, flags for sections)
 */
public record Notice(NoticeKind kind, RecipientRef recipient, Reference reference, Map<String, Object> model) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reference, "reference");
        model = Map.copyOf(model);
    }
}
