package vn.tdkt.notification.recipient.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a unit's notifications go: the e-mail address of its TĐKT desk and, optionally, of its head
 * (người đứng đầu) for escalations.
 */
public record Recipient(String unitCode, String email, String headEmail, Long version) {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9_-]{2,32}");

    public Recipient {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(email, "email");
        headEmail = headEmail == null || headEmail.isBlank() ? null : headEmail.trim();
    }

    public static boolean isValidUnitCode(String unitCode) {
        return unitCode != null && UNIT_CODE.matcher(unitCode).matches();
    }

    /** The address for a notification: the head's for an escalation when known, otherwise the unit's. */
    public String addressFor(boolean toHead) {
        return toHead ? headEmailOptional().orElse(email) : email;
    }

    public Optional<String> headEmailOptional() {
        return Optional.ofNullable(headEmail);
    }
}
