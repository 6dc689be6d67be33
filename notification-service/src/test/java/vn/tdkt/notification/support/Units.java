package vn.tdkt.notification.support;

import java.util.Locale;
import java.util.UUID;

/** Fresh unit codes, so tests sharing one context and database never see each other's notices. */
public final class Units {

    private Units() {
    }

    public static String fresh(String prefix) {
        return (prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    public static String email(String unit) {
        return "tdkt@" + unit.toLowerCase(Locale.ROOT) + ".sonla.gov.vn";
    }

    public static String headEmail(String unit) {
        return "giamdoc@" + unit.toLowerCase(Locale.ROOT) + ".sonla.gov.vn";
    }
}
