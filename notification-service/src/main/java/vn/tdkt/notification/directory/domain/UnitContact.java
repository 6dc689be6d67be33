package vn.tdkt.notification.directory.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.tdkt.notification.notice.domain.UnitInfo;

/**
 * A unit of plan-service's registry as notification needs it: where its notices go (the desk's e-mail, the head's
 * e-mail, the unit's own system's webhook URL) and who is above it (parent) for escalations.
 */
public record UnitContact(String code, String name, String kind, String parentCode, String headName,
        String headTitle, String headEmail, String email, String webhookUrl, LocalDate activeTo,
        String successorCode) {

    public UnitContact {
        Objects.requireNonNull(code, "code");
        headEmail = blankToNull(headEmail);
        email = blankToNull(email);
        webhookUrl = blankToNull(webhookUrl);
        parentCode = blankToNull(parentCode);
    }

    public UnitInfo info() {
        return new UnitInfo(code, name == null ? code : name, kind, parentCode, headName, headTitle);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
