package vn.tdkt.notification.notice.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One recipient of notices. Its {@link #key()} ({@code unit:SGDDT}, {@code head:SGDDT},
 * {@code person:hoa.nt@sgddt.example.vn}) names its preferences and enters every deterministic delivery id.
 *
 * @param unitCode the unit the recipient belongs to: whose inbox shows the notice and whose officers manage the
 *                 recipient's preferences (may be null only for a person of unknown unit)
 * @param email    the person's address (PERSON only), stored lower case
 */
public record RecipientRef(Audience audience, String unitCode, String email) {

    public RecipientRef {
        Objects.requireNonNull(audience, "audience");
        if (audience == Audience.PERSON) {
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("a person recipient needs an e-mail address");
            }
            email = email.trim().toLowerCase(Locale.ROOT);
        } else {
            if (unitCode == null || unitCode.isBlank()) {
                throw new IllegalArgumentException("a unit recipient needs a unit code");
            }
            email = null;
        }
    }

    public static RecipientRef unit(String unitCode) {
        return new RecipientRef(Audience.UNIT, unitCode, null);
    }

    public static RecipientRef head(String unitCode) {
        return new RecipientRef(Audience.HEAD, unitCode, null);
    }

    public static RecipientRef person(String email, String unitCode) {
        return new RecipientRef(Audience.PERSON, unitCode, email);
    }

    public String key() {
        return switch (audience) {
            case UNIT -> "unit:" + unitCode;
            case HEAD -> "head:" + unitCode;
            case PERSON -> "person:" + email;
        };
    }

    /**
     * The key of the recipient's preferences: a person's are kept per unit ({@code person:SGDDT:hoa@…}), so that one
     * unit's choices apply to the notices its work sends the person and another unit cannot mute them; the others'
     * are {@link #key()}. Delivery ids keep {@link #key()}.
     */
    public String preferenceKey() {
        return audience == Audience.PERSON && unitCode != null ? "person:" + unitCode + ":" + email : key();
    }

    /** Parses a {@link #key()}; the unit of a person is not part of its key. */
    public static RecipientRef parse(String key, String personUnit) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a recipient key: " + key);
        }
        String value = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "unit" -> unit(value);
            case "head" -> head(value);
            case "person" -> person(value, personUnit);
            default -> throw new IllegalArgumentException("not a recipient key: " + key);
        };
    }

    /** Whether the recipient has an in-app inbox (persons are reached by e-mail only; the inbox belongs to units). */
    public boolean hasInbox() {
        return audience != Audience.PERSON && unitCode != null;
    }
}
