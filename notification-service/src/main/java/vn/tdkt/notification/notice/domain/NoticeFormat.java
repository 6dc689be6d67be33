package vn.tdkt.notification.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How values are written into template models: dd/MM/yyyy dates, HH:mm times, dot-grouped amounts in đồng. */
public final class NoticeFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private NoticeFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    /** 7590000 → "7.590.000" (Vietnamese grouping). */
    public static String money(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** 3 → "III". */
    public static String quarter(int quarter) {
        return quarter >= 1 && quarter <= 4 ? ROMAN[quarter - 1] : Integer.toString(quarter);
    }
}
